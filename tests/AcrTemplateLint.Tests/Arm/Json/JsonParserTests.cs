using AcrTemplateLint.Arm.Json;
using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Tests.Arm.Json;

public sealed class JsonParserTests
{
    [Test]
    public void Keeps_exact_spans_for_keys_and_values()
    {
        var (root, _, file) = Parse("{\n  \"name\": \"acr\",\n  \"n\": [1, true, null]\n}");

        var obj = (JsonObject)root!;
        var name = obj.GetProperty("name")!;
        Assert.That(file.GetText(name.Name.Span), Is.EqualTo("\"name\""));
        Assert.That(file.GetText(name.Value.Span), Is.EqualTo("\"acr\""));
        Assert.That(file.GetPosition(name.Value.Span.Start), Is.EqualTo(new LinePosition(1, 10)));
        var array = (JsonArray)obj["n"]!;
        Assert.That(array.Items.Select(i => file.GetText(i.Span)), Is.EqualTo(new[] { "1", "true", "null" }));
    }

    [Test]
    public void Accepts_what_ARM_accepts_comments_line_breaks_in_strings_and_trailing_commas()
    {
        var (root, diagnostics, _) = Parse("// leading\n{ /* block */ \"a\": \"line one\nline two\", \"b\": [1, 2,], }");

        Assert.That(diagnostics.Items, Is.Empty);
        Assert.That(((JsonString)((JsonObject)root!)["a"]!).Value, Is.EqualTo("line one\nline two"));
    }

    [Test]
    public void Maps_offsets_inside_strings_with_escapes_back_to_the_file()
    {
        var (root, _, file) = Parse("{\"a\": \"x\\ty\\u0041z\"}");

        var value = (JsonString)((JsonObject)root!)["a"]!;
        Assert.That(value.Value, Is.EqualTo("x\tyAz"));
        var z = value.GetSourceOffset(4);
        Assert.That(file.Text[z], Is.EqualTo('z'));
        Assert.That(file.GetText(value.GetSourceSpan(2, 2)), Is.EqualTo("y\\u0041"));
    }

    [TestCase("{\"a\": 1,, }", JsonDiagnostics.UnexpectedCharacterCode, 1, 9)]
    [TestCase("{\"a\": 'x'}", JsonDiagnostics.UnexpectedCharacterCode, 1, 7)]
    [TestCase("{\n  \"a\": \"unterminated\n}", JsonDiagnostics.UnterminatedStringCode, 2, 8)]
    [TestCase("{\"a\": \"\\q\"}", JsonDiagnostics.InvalidEscapeCode, 1, 8)]
    [TestCase("{\"a\": 1 /* never closed", JsonDiagnostics.UnterminatedCommentCode, 1, 9)]
    [TestCase("{\"a\": [1, 2", JsonDiagnostics.UnexpectedEndCode, 1, 12)]
    [TestCase("{} {}", JsonDiagnostics.TrailingContentCode, 1, 4)]
    [TestCase("{\"a\": -}", JsonDiagnostics.UnexpectedCharacterCode, 1, 8)]
    public void Reports_malformed_JSON_with_code_line_and_column(string text, string code, int line, int column)
    {
        var (root, diagnostics, _) = Parse(text);

        Assert.That(root, Is.Null);
        var diagnostic = diagnostics.Items.Single();
        Assert.That(diagnostic.Code, Is.EqualTo(code));
        Assert.That(diagnostic.Level, Is.EqualTo(DiagnosticLevel.Error));
        Assert.That((diagnostic.Location!.Start.Line + 1, diagnostic.Location.Start.Character + 1), Is.EqualTo((line, column)));
    }

    [Test]
    public void Reports_duplicate_keys_ignoring_case_and_keeps_reading()
    {
        var (root, diagnostics, _) = Parse("{\n  \"name\": 1,\n  \"Name\": 2\n}");

        Assert.That(root, Is.Not.Null);
        var diagnostic = diagnostics.Items.Single();
        Assert.That(diagnostic.Code, Is.EqualTo(JsonDiagnostics.DuplicateKeyCode));
        Assert.That(diagnostic.Location!.Start, Is.EqualTo(new LinePosition(2, 2)));
        Assert.That(diagnostic.Message, Does.Contain("'Name'").And.Contain("line 2"));
    }

    [Test]
    public void Refuses_pathological_nesting_with_a_diagnostic_instead_of_overflowing_the_stack()
    {
        var text = new string('[', 10_000) + new string(']', 10_000);

        var (root, diagnostics, _) = Parse(text);

        Assert.That(root, Is.Null);
        Assert.That(diagnostics.Items.Single().Code, Is.EqualTo(JsonDiagnostics.NestingTooDeepCode));
    }

    [Test]
    public void Skips_a_byte_order_mark()
    {
        var (root, diagnostics, _) = Parse("\uFEFF{}");

        Assert.That(diagnostics.Items, Is.Empty);
        Assert.That(root, Is.InstanceOf<JsonObject>());
    }

    private static (JsonNode? Root, DiagnosticBag Diagnostics, SourceFile File) Parse(string text)
    {
        var file = new SourceFile("/t/test.json", "test.json", text);
        var diagnostics = new DiagnosticBag();
        return (JsonParser.Parse(file, diagnostics), diagnostics, file);
    }
}
