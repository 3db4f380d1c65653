using AcrTemplateLint.Bicep.Lexing;
using AcrTemplateLint.Bicep.Parsing;
using AcrTemplateLint.Bicep.Syntax;
using AcrTemplateLint.Tests.Support;

namespace AcrTemplateLint.Tests.Bicep.Parsing;

/// <summary>
/// Errors become diagnostics with exact positions and messages, the broken part becomes a skipped node, and the
/// declarations after it parse normally.
/// </summary>
public sealed class RecoveryTests
{
    private const string Next = "\nvar next = 1\n";

    [TestCase("var x 1", "1:8 ATL1101", "Expected '=' but found the end of the line.")]
    [TestCase("param p", "1:8 ATL1105", "Expected a type (a type name, a literal, an object or tuple type, or a parenthesized type) but found the end of the line.")]
    [TestCase("param p string 'x'", "1:16 ATL1101", "Expected '=' and a default value, or a new line but found the string ''x''.")]
    [TestCase("var = 1", "1:5 ATL1102", "Expected a variable name but found '='.")]
    [TestCase("var x =", "1:8 ATL1104", "Expected an expression (a literal, string, name, function call, object, array, parenthesized expression or lambda) but found the end of the line.")]
    [TestCase("var x = 1 2 3", "1:11 ATL1101", "Expected a new line after the declaration but found '2'.")]
    [TestCase("bad x = 1", "1:1 ATL1103", "Expected a declaration (targetScope, metadata, param, var, type, func, resource, module, output, import, extension, test or assert) but found 'bad'.")]
    [TestCase("var x = 'open", "1:9 ATL1004", "The string is not terminated before the end of the line; close it with a single quote ('), or use a multi-line string (''' … ''').")]
    [TestCase("var x = 'a${b", "1:11 ATL1011", "The interpolation is not closed with '}' before the end of the line; an interpolation must fit on one line.")]
    [TestCase("var x = '${a b}'", "1:14 ATL1114", "Expected '}' to close the interpolation but found 'b'.")]
    [TestCase("var x = '${{}}'", "1:12 ATL1109", "Object and array literals are not allowed here (inside a string interpolation or a loop variable block); declare the value in a variable and use its name.")]
    [TestCase("var x = { a 1 }", "1:13 ATL1101", "Expected ':' but found '1'.")]
    [TestCase("var x = { 1: 2 }", "1:11 ATL1102", "Expected a property name but found '1'.")]
    [TestCase("var x = { a: 1 b: 2 }", "1:16 ATL1107", "Expected ',' or a new line between items but found 'b'.")]
    [TestCase("var x = [1,\n2]", "1:12 ATL1107", "A ',' cannot be followed by a line break here; separate items either with commas on one line or with line breaks.")]
    [TestCase("var x = f(1\n2)", "1:12 ATL1107", "Expected ',' before the line break; arguments are separated by commas.")]
    [TestCase("var x = f(1,)", "1:13 ATL1104", "Expected an expression (a literal, string, name, function call, object, array, parenthesized expression or lambda) but found ')'.")]
    [TestCase("var x = f(1", "1:12 ATL1101", "Expected ')' but found the end of the line.")]
    [TestCase("var x = {\n  a: 1\n", "2:7 ATL1101", "Expected '}' but found the end of the line.")]
    [TestCase("var x = [\n  1", "2:4 ATL1101", "Expected ']' but found the end of the line.")]
    [TestCase("resource r 'A.B/c@1' = {\n  resource c 'd' = {\n    name: 'c'\n  }\n", "4:4 ATL1101", "Expected '}' but found the end of the line.")]
    [TestCase("var x = (1, 2)", "1:10 ATL1110", "Parentheses must contain exactly one expression, on one line.")]
    [TestCase("var x = a[]", "1:10 ATL1112", "Expected an index or property name between '[' and ']'.")]
    [TestCase("var x = a.", "1:11 ATL1102", "Expected a property or function name but found the end of the line.")]
    [TestCase("var x = a.?f()", "1:11 ATL1116", "The safe-dereference operator '.?' cannot be used to call a function; use '.' instead.")]
    [TestCase("var x = 99999999999999999999", "1:9 ATL1113", "The integer 99999999999999999999 is too large; the largest supported value is 18446744073709551615.")]
    [TestCase("var x = [for (a) in b: a]", "1:14 ATL1111", "A loop variable block declares an item and an index, '(item, index)', but this one has 1 entries.")]
    [TestCase("var x = [for a b: a]", "1:16 ATL1101", "Expected the keyword 'in' but found 'b'.")]
    [TestCase("var x = (1) => 1", "1:10 ATL1120", "Expected a variable name but found '1'.")]
    [TestCase("resource r 'A.B/c@1' = 42", "1:24 ATL1108", "Expected '{', 'if' or '[for' to start the body but found '42'.")]
    [TestCase("resource r = {}", "1:12 ATL1106", "Expected a resource type such as 'Microsoft.ContainerRegistry/registries@2023-07-01' in single quotes but found '='.")]
    [TestCase("resource r 'A.B/c@1", "1:12 ATL1004", "The string is not terminated before the end of the line; close it with a single quote ('), or use a multi-line string (''' … ''').")]
    [TestCase("module m = {}", "1:10 ATL1106", "Expected a module path or registry reference in single quotes but found '='.")]
    [TestCase("import foo from 'x.bicep'", "1:8 ATL1101", "Expected '{' with the names to import, or '* as name' but found 'foo'.")]
    [TestCase("import { 'a' } from 'x.bicep'", "1:10 ATL1118", "A symbol imported by a quoted name needs a name to use in this file; add 'as <name>'.")]
    [TestCase("type t = ", "1:10 ATL1105", "Expected a type (a type name, a literal, an object or tuple type, or a parenthesized type) but found the end of the line.")]
    [TestCase("type t = { a?: string }", "1:13 ATL1101", "Expected ':' but found '?'.")]
    [TestCase("func f() string 'x'", "1:17 ATL1101", "Expected '=>' but found the string ''x''.")]
    [TestCase("@description('d') param p string", "1:19 ATL1101", "Expected a new line after the decorator but found 'param'.")]
    [TestCase("var x = \"text\"", "1:9 ATL1002", "Bicep strings are written in single quotes ('), not double quotes (\"); a double quote inside a string needs no escape.")]
    [TestCase("var x = 1 # c", "1:11 ATL1001", "Unexpected character(s) '#'; Bicep does not use them here.")]
    public void Reports_one_error_and_parses_what_follows(string text, string position, string message)
    {
        var parsed = Support.Bicep.Parse(text + Next);

        Assert.That(parsed.Diagnostics.Positions(), Is.EqualTo(new[] { position }));
        Assert.That(parsed.Diagnostics[0].Message, Is.EqualTo(message));
        Assert.That(parsed.Tree.Declarations.OfType<VariableDeclarationSyntax>().Last().Name.Name, Is.EqualTo("next"), "the next declaration parses");
        Assert.That(Support.Bicep.CheckInvariants(parsed.File, parsed.Tree), Is.Empty);
    }

    [Test]
    public void Missing_closing_brace_is_reported_at_the_end_of_the_file()
    {
        var parsed = Support.Bicep.Parse("var before = 0\nvar x = {\n  a: 1\n");

        Assert.That(parsed.Diagnostics.Positions(), Is.EqualTo(new[] { "4:1 ATL1101" }));
        Assert.That(parsed.Diagnostics[0].Message, Is.EqualTo("Expected '}' but found the end of the file."));
        Assert.That(parsed.Tree.Declarations.OfType<VariableDeclarationSyntax>().Select(d => d.Name.Name), Is.EqualTo(new[] { "before", "x" }));
        Assert.That(((VariableDeclarationSyntax)parsed.Tree.Declarations.Last()).Value, Is.InstanceOf<SkippedSyntax>());
    }

    [Test]
    public void Decorator_without_declaration_is_reported_on_the_decorators()
    {
        var parsed = Support.Bicep.Parse("var a = 1\n@secure()\n@minLength(3)\n");

        Assert.That(parsed.Diagnostics.Positions(), Is.EqualTo(new[] { "2:1 ATL1117" }));
        Assert.That(parsed.Diagnostics[0].Location?.Span.Length, Is.EqualTo("@secure()\n@minLength(3)".Length));
        Assert.That(parsed.Diagnostics[0].Message, Is.EqualTo("A decorator must be followed by the declaration it applies to, but the end of the file follows it."));
        Assert.That(parsed.Tree.Declarations.Last(), Is.InstanceOf<MissingDeclarationSyntax>());
    }

    [Test]
    public void Decorator_before_a_stray_line_reports_both()
    {
        var parsed = Support.Bicep.Parse("@secure()\nnotADeclaration" + Next);

        Assert.That(parsed.Diagnostics.Positions(), Is.EqualTo(new[] { "1:1 ATL1117", "2:1 ATL1103" }));
        Assert.That(parsed.Tree.Declarations.Last(), Is.InstanceOf<VariableDeclarationSyntax>());
    }

    [Test]
    public void Missing_name_does_not_cascade()
    {
        var parsed = Support.Bicep.Parse("param\noutput\nvar\nresource" + Next);

        Assert.That(parsed.Diagnostics.Positions(), Is.EqualTo(new[] { "1:6 ATL1102", "2:7 ATL1102", "3:4 ATL1102", "4:9 ATL1102" }));
    }

    [Test]
    public void Skipped_tokens_stay_in_the_tree()
    {
        const string text = "var x = 1 2 3 // note\nvar y = (\n";
        var parsed = Support.Bicep.Parse(text);

        Assert.That(parsed.Tree.Statements.OfType<SkippedSyntax>().Single().ToString(), Is.EqualTo("2 3 // note\n"));
        Assert.That(SyntaxPrinter.Print(parsed.Tree), Is.EqualTo(text));
    }

    [TestCase("(", ")")]
    [TestCase("[", "]")]
    [TestCase("{a:", "}")]
    [TestCase("'${", "}'")]
    [TestCase("[for x in y: ", "]")]
    [TestCase("x => ", "")]
    [TestCase("a ? b : ", "")]
    public void Deep_nesting_gives_a_diagnostic_not_a_stack_overflow(string open, string close)
    {
        const int depth = 10_000;
        var text = "var x = " + string.Concat(Enumerable.Repeat(open, depth)) + "1" + string.Concat(Enumerable.Repeat(close, depth)) + Next;

        var parsed = OnSmallStack(() => Support.Bicep.Parse(text));

        Assert.That(parsed.Diagnostics.Select(d => d.Code), Is.EqualTo(new[] { ParserDiagnostics.NestingTooDeepCode }));
        Assert.That(parsed.Diagnostics[0].Message, Does.Contain($"more than {Parser.MaxNesting} levels"));
        Assert.That(parsed.Tree.Declarations.OfType<VariableDeclarationSyntax>().Single().Name.Name, Is.EqualTo("next"), "parsing goes on after the skipped statement");
        Assert.That(OnSmallStack(() => Support.Bicep.CheckInvariants(parsed.File, parsed.Tree)), Is.Empty);
    }

    [TestCase("type t = ", "{a:", "}")]
    [TestCase("type t = ", "[", "]")]
    [TestCase("type t = ", "(", ")")]
    [TestCase("resource r 'A.B/c@1' = ", "{\nresource c 'd' = ", "}\n")]
    public void Deep_nesting_of_types_and_resources_is_bounded(string prefix, string open, string close)
    {
        var text = prefix + string.Concat(Enumerable.Repeat(open, 5_000)) + "int" + string.Concat(Enumerable.Repeat(close, 5_000)) + Next;

        var parsed = OnSmallStack(() => Support.Bicep.Parse(text));

        Assert.That(parsed.Diagnostics.Select(d => d.Code), Does.Contain(ParserDiagnostics.NestingTooDeepCode));
        Assert.That(OnSmallStack(() => Support.Bicep.CheckInvariants(parsed.File, parsed.Tree)), Is.Empty);
    }

    [TestCase(".a")]
    [TestCase("!")]
    [TestCase("[0]")]
    [TestCase(" + 1")]
    [TestCase(" ?? b")]
    public void Long_chains_are_bounded(string link)
    {
        var text = "var x = a" + string.Concat(Enumerable.Repeat(link, 100_000)) + Next;

        var parsed = OnSmallStack(() => Support.Bicep.Parse(text));

        Assert.That(parsed.Diagnostics.Select(d => d.Code), Is.EqualTo(new[] { ParserDiagnostics.NestingTooDeepCode }));
        Assert.That(parsed.Diagnostics[0].Message, Does.Contain($"more than {Parser.MaxTreeDepth} levels"));
        Assert.That(parsed.Tree.Declarations.Single(), Is.InstanceOf<VariableDeclarationSyntax>());
    }

    [Test]
    public void Nesting_below_the_limit_parses_cleanly()
    {
        var depth = Parser.MaxNesting - 10;
        var text = "var x = " + string.Concat(Enumerable.Repeat("[(", depth / 2)) + "1" + string.Concat(Enumerable.Repeat(")]", depth / 2)) + "\n"
            + "var y = a" + string.Concat(Enumerable.Repeat(".b", Parser.MaxTreeDepth - 50)) + "\n";

        var parsed = OnSmallStack(() => Support.Bicep.Parse(text));

        Assert.That(parsed.Diagnostics, Is.Empty);
        Assert.That(OnSmallStack(() => Support.Bicep.CheckInvariants(parsed.File, parsed.Tree)), Is.Empty);
    }

    [Test]
    public void Parameter_file_recovers_too()
    {
        var parsed = Support.Bicep.Parse("using\nparam = 1\nparam p = \nparam ok = 2\n", parameterFile: true);

        Assert.That(parsed.Diagnostics.Positions(), Is.EqualTo(new[] { "1:6 ATL1106", "2:7 ATL1102", "3:11 ATL1104" }));
        Assert.That(parsed.Tree.Declarations.OfType<ParameterAssignmentSyntax>().Last().Name.Name, Is.EqualTo("ok"));
    }

    [TestCase("(\n", ParserDiagnostics.ExpectedDeclarationCode)]
    [TestCase("~ ", LexerDiagnostics.UnexpectedCharacterCode)]
    public void A_file_of_garbage_reports_its_first_thousand_errors_and_counts_the_rest(string garbage, string code)
    {
        var text = string.Concat(Enumerable.Repeat(garbage, 5000));

        var parsed = Support.Bicep.Parse(text);

        Assert.That(parsed.Diagnostics.Take(BicepParser.MaxDiagnostics).Select(d => d.Code).Distinct(), Is.EqualTo(new[] { code }));
        Assert.That(parsed.Diagnostics[0].Location!.Span.Start, Is.EqualTo(0));
        var last = parsed.Diagnostics[^1];
        Assert.That(parsed.Diagnostics, Has.Count.EqualTo(BicepParser.MaxDiagnostics + 1));
        Assert.That((last.Code, last.Path, last.Location), Is.EqualTo((ParserDiagnostics.TooManyErrorsCode, "test.bicep", (AcrTemplateLint.Text.SourceLocation?)null)));
        Assert.That(last.Message, Does.StartWith("4000 more syntax errors in this file are not reported (acrlint reports the first 1000)"));
    }

    [Test]
    public void Every_recovery_case_keeps_a_printable_tree()
    {
        foreach (var token in Enum.GetValues<TokenKind>().Select(TokenFacts.FixedText).OfType<string>())
        {
            foreach (var prefix in new[] { "", "var x = ", "param p ", "type t = ", "resource r 'A.B/c@1' = { a: ", "var y = [for i in " })
            {
                var text = prefix + token + " " + token + "\n";
                var parsed = Support.Bicep.Parse(text);
                Assert.That(Support.Bicep.CheckInvariants(parsed.File, parsed.Tree), Is.Empty, text);
            }
        }
    }

    /// <summary>Runs on a 1 MB stack, the smallest the analysis threads could get, to prove the nesting limit holds.</summary>
    private static T OnSmallStack<T>(Func<T> work)
        where T : class
    {
        T? result = null;
        Exception? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    result = work();
                }
                catch (Exception e)
                {
                    failure = e;
                }
            },
            maxStackSize: 1024 * 1024);
        thread.Start();
        thread.Join();
        return result ?? throw new AssertionException("failed on a 1 MB stack", failure);
    }
}
