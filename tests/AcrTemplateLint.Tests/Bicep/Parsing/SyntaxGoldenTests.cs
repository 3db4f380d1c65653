using AcrTemplateLint.Text;
using AcrTemplateLint.Tests.Support;

namespace AcrTemplateLint.Tests.Bicep.Parsing;

/// <summary>
/// Each input under Bicep/Inputs, annotated line by line with what the parser recognised, compared with
/// Golden/Bicep/&lt;name&gt;.syntax.&lt;extension&gt; (UPDATE_GOLDEN=1 rewrites them; review the diff).
/// </summary>
public sealed class SyntaxGoldenTests
{
    private static string InputDirectory => Path.Combine(Repository.Root, "tests", "AcrTemplateLint.Tests", "Bicep", "Inputs");

    private static IEnumerable<string> Inputs() =>
        Directory.EnumerateFiles(InputDirectory, "*.bicep*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(InputDirectory, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    [TestCaseSource(nameof(Inputs))]
    public void Syntax_matches_golden(string input)
    {
        var text = File.ReadAllText(Path.Combine(InputDirectory, input));
        var parsed = Support.Bicep.Parse(text, parameterFile: input.EndsWith(".bicepparam", StringComparison.Ordinal), path: input);

        Assert.That(Support.Bicep.CheckInvariants(parsed.File, parsed.Tree), Is.Empty);
        var extension = Path.GetExtension(input);
        var golden = $"Bicep/{Path.GetFileNameWithoutExtension(input)}.syntax{extension}";
        Golden.AssertMatches(SyntaxAnnotator.Annotate(parsed.File, parsed.Tree, parsed.Diagnostics), golden);
    }

    [Test]
    public void Crlf_input_really_has_crlf_line_endings()
    {
        // Guards the fixture against a checkout that normalises line endings (.gitattributes keeps *_crlf as is).
        var text = File.ReadAllText(Path.Combine(InputDirectory, "line_endings_crlf", "mixed.bicep"));

        Assert.That(text, Does.Contain("\r\n").And.Contain("1\rvar"));
        Assert.That(new SourceFile("x", "x", text).Lines.LineCount, Is.EqualTo(10));
    }
}
