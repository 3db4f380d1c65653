using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Reporting;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Tests.Reporting;

public sealed class TextReportWriterTests
{
    [Test]
    public void A_diagnostic_is_one_compiler_style_line()
    {
        var file = new SourceFile("/r/main.bicep", "main.bicep", "param a string\nmodule m 'x' = {}\n");
        var diagnostic = new Diagnostic("ATL1211", DiagnosticLevel.Error, "The path 'x' is not read.", new SourceLocation(file, new TextSpan(24, 3)));

        Assert.That(TextReportWriter.Format(diagnostic), Is.EqualTo("main.bicep(2,10): error ATL1211: The path 'x' is not read."));
    }

    [Test]
    public void Control_characters_from_a_template_or_a_file_name_are_escaped_so_the_line_stays_one_line()
    {
        var diagnostic = new Diagnostic("ATL1211", DiagnosticLevel.Error, "The path 'a\0b\nc\u0085' is not read.", null, "odd\tname.bicep");

        Assert.That(TextReportWriter.Format(diagnostic), Is.EqualTo("odd\\u0009name.bicep(1,1): error ATL1211: The path 'a\\u0000b\\u000ac\\u0085' is not read."));
    }
}
