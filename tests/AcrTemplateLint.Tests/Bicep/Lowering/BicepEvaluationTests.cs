using AcrTemplateLint.Bicep.Lowering;
using AcrTemplateLint.Evaluation;
using AcrTemplateLint.Evaluation.Values;
using AcrTemplateLint.Tests.Support;

namespace AcrTemplateLint.Tests.Bicep.Lowering;

/// <summary>
/// Bicep expressions evaluate to what ARM computes from the compiled JSON: operators as the ARM functions the
/// compiler emits, interpolation as format(), spreads as shallowMerge()/flatten(), loops as per-item values.
/// </summary>
public sealed class BicepEvaluationTests
{
    private const string Declarations = """
        param withDefault string = toUpper('abc')
        param noValue string
        param optional string?
        @allowed(['Enabled', 'Disabled'])
        param limited string
        param union 'Basic' | 'Premium'
        var obj = { inner: { value: 42 }, list: [1, 2, 3] }
        var nothing = null
        func double(x int) int => x * 2
        func greet(name string) string => 'hi ${name}'
        """;

    [TestCase("withDefault", "\"ABC\"")]
    [TestCase("1 + 2 * 3", "7")]
    [TestCase("-obj.inner.value", "-42")]
    [TestCase("7 % 3", "1")]
    [TestCase("10 / 3", "3")]
    [TestCase("'a' == 'A'", "false")]
    [TestCase("'a' =~ 'A'", "true")]
    [TestCase("'a' !~ 'A'", "false")]
    [TestCase("'a' != 'b'", "true")]
    [TestCase("1 < 2 && 2 >= 3", "false")]
    [TestCase("1 <= 2 || false", "true")]
    [TestCase("!true", "false")]
    [TestCase("true ? 'yes' : 'no'", "\"yes\"")]
    [TestCase("nothing ?? 'fallback'", "\"fallback\"")]
    [TestCase("'${1}-${true}-${withDefault}'", "\"1-True-ABC\"")]
    [TestCase("'{literal} ${2}'", "\"{literal} 2\"")]
    [TestCase("obj.?missing", "null")]
    [TestCase("obj.?missing.deeper", "null")]
    [TestCase("obj.list[^1]", "3")]
    [TestCase("obj.list[?7]", "null")]
    [TestCase("obj['inner'].value", "42")]
    [TestCase("{ a: 1, ...obj.inner, b: 2 }", "{\"a\":1,\"value\":42,\"b\":2}")]
    [TestCase("[0, ...obj.list, 4]", "[0,1,2,3,4]")]
    [TestCase("[for (x, i) in obj.list: x * i]", "[0,2,6]")]
    [TestCase("[for i in range(0, 3): 'n${i}']", "[\"n0\",\"n1\",\"n2\"]")]
    [TestCase("map(obj.list, x => x + 1)", "[2,3,4]")]
    [TestCase("filter(obj.list, x => x > 1)", "[2,3]")]
    [TestCase("reduce(obj.list, 0, (acc, x) => acc + x)", "6")]
    [TestCase("double(21)", "42")]
    [TestCase("greet('you')", "\"hi you\"")]
    [TestCase("sys.concat('a', 'b')", "\"ab\"")]
    [TestCase("any('x')", "\"x\"")]
    [TestCase("nameof(obj.inner)", "\"inner\"")]
    [TestCase("optional", "null")]
    [TestCase("obj.inner.value!", "42")]
    [TestCase("toLower(limited)", "<unknown>")]
    public void Evaluates_like_the_compiled_JSON(string expression, string expected)
    {
        var (value, diagnostics) = BicepTemplates.Evaluate(expression, Declarations);

        Assert.That(diagnostics.Items, Is.Empty, string.Join("\n", diagnostics.Items));
        Assert.That(ArmTemplates.Json(value), Is.EqualTo(ArmTemplates.Canonical(expected)));
    }

    [Test]
    public void A_parameter_without_value_is_Unknown_naming_the_parameter_and_its_declaration()
    {
        var (value, _) = BicepTemplates.Evaluate("'x${noValue}'", Declarations);

        var unknown = (UnknownValue)value;
        Assert.That(unknown.Reason, Does.Contain("parameter 'noValue'"));
        Assert.That(unknown.DependsOn!.File.GetText(unknown.DependsOn.Span), Is.EqualTo("noValue"));
    }

    [TestCase("limited", new[] { "Enabled", "Disabled" })]
    [TestCase("union", new[] { "Basic", "Premium" })]
    public void Allowed_values_and_literal_union_types_are_the_candidates_of_an_unknown_parameter(string parameter, string[] candidates)
    {
        var (value, _) = BicepTemplates.Evaluate(parameter, Declarations);

        Assert.That(((UnknownValue)value).Candidates.Select(BicepTemplates.Text), Is.EqualTo(candidates));
    }

    [Test]
    public void A_value_through_a_variable_keeps_its_use_site_and_a_hop_to_the_declaration()
    {
        var (value, _) = BicepTemplates.Evaluate("access", "var access = 'Enabled'");

        Assert.That(value.Origin!.File.GetText(value.Origin.Span), Is.EqualTo("access"));
        Assert.That(value.Trace.Select(h => h.Description), Has.Some.Contains("variable 'access'"));
    }

    [Test]
    public void Load_functions_read_files_beside_the_template_at_compile_time()
    {
        var (value, diagnostics) = BicepTemplates.Evaluate(
            "{ text: loadTextContent('data/a.txt'), json: loadJsonContent('data/b.json', '$.inner.list[1]'), yaml: loadYamlContent('data/c.yaml'), b64: loadFileAsBase64('data/a.txt') }",
            "",
            ("data/a.txt", "hello"),
            ("data/b.json", """{ "inner": { "list": [ "x", "y" ] } }"""),
            ("data/c.yaml", "name: acr\ncount: 2\nenabled: true\nquoted: 'true'\n"));

        Assert.That(diagnostics.Items, Is.Empty, string.Join("\n", diagnostics.Items));
        Assert.That(ArmTemplates.Json(value), Is.EqualTo(ArmTemplates.Canonical(
            """{"text":"hello","json":"y","yaml":{"name":"acr","count":2,"enabled":true,"quoted":"true"},"b64":"aGVsbG8="}""")));
    }

    [Test]
    public void loadTextContent_reads_with_the_encoding_given_unless_a_byte_order_mark_says_otherwise()
    {
        // 'é' is written as UTF-8 (C3 A9): read as ISO-8859-1 it is two characters; a UTF-8 byte-order mark wins.
        var (value, diagnostics) = BicepTemplates.Evaluate(
            "[loadTextContent('latin.txt', 'iso-8859-1'), loadTextContent('marked.txt', 'iso-8859-1'), loadTextContent('latin.txt')]",
            "",
            ("latin.txt", "é"),
            ("marked.txt", "\uFEFFé"));

        Assert.That(diagnostics.Items, Is.Empty, string.Join("\n", diagnostics.Items));
        Assert.That(((ArrayValue)value).Items.Select(v => ((StringValue)v).Value), Is.EqualTo(new[] { "\u00C3\u00A9", "é", "é" }));
    }

    [Test]
    public void A_missing_loaded_file_is_a_positioned_diagnostic_and_an_Unknown()
    {
        var (value, diagnostics) = BicepTemplates.Evaluate("loadTextContent('missing.txt')");

        Assert.That(value, Is.InstanceOf<UnknownValue>());
        var diagnostic = diagnostics.Items.Single();
        Assert.That(diagnostic.Code, Is.EqualTo(LoweringDiagnostics.FileNotLoadedCode));
        Assert.That(diagnostic.Location!.File.GetText(diagnostic.Location.Span), Is.EqualTo("loadTextContent('missing.txt')"));
    }

    [Test]
    public void YAML_aliases_that_expand_beyond_the_document_are_refused_not_expanded()
    {
        var levels = new[] { "a: &a [1,1,1,1,1,1,1,1,1]" }
            .Concat("bcdefgh".Select((name, i) => $"{name}: &{name} [{string.Join(',', Enumerable.Repeat($"*{"abcdefgh"[i]}", 9))}]"));
        var (bomb, bombDiagnostics) = BicepTemplates.Evaluate("loadYamlContent('bomb.yaml')", "", ("bomb.yaml", string.Join('\n', levels)));
        var (shared, sharedDiagnostics) = BicepTemplates.Evaluate("loadYamlContent('shared.yaml').b[1][0]", "", ("shared.yaml", "a: &a [1, 2]\nb: [*a, *a]\n"));

        Assert.That(bomb, Is.InstanceOf<UnknownValue>());
        var diagnostic = bombDiagnostics.Items.Single();
        Assert.That(diagnostic.Code, Is.EqualTo(LoweringDiagnostics.InvalidContentCode));
        Assert.That(diagnostic.Message, Does.Contain("aliases expand to more values than the document has characters"));
        Assert.That(diagnostic.Location!.File.GetText(diagnostic.Location.Span), Is.EqualTo("loadYamlContent('bomb.yaml')"));
        Assert.That(sharedDiagnostics.Items, Is.Empty, "a few aliases are expanded");
        Assert.That(((IntegerValue)shared).Value, Is.EqualTo(1));
    }

    [TestCase("deep.yaml", "nests deeper than 256 levels")]
    [TestCase("self.yaml", "with its aliases it nests deeper than 256 levels")]
    public void YAML_that_nests_too_deep_directly_or_through_its_aliases_is_refused(string name, string message)
    {
        // 500,000 levels ran for minutes before nesting was counted on the library's event stream.
        var yaml = name == "deep.yaml" ? new string('[', 500_000) + new string(']', 500_000) : "a: &r [*r]\n";

        var (value, diagnostics) = BicepTemplates.Evaluate($"loadYamlContent('{name}')", "", (name, yaml));

        Assert.That(value, Is.InstanceOf<UnknownValue>());
        var diagnostic = diagnostics.Items.Single();
        Assert.That(diagnostic.Code, Is.EqualTo(LoweringDiagnostics.InvalidContentCode));
        Assert.That(diagnostic.Message, Does.Contain(message));
    }

    [Test]
    public void Literals_that_each_hold_the_one_before_twice_stop_at_the_size_of_one_value()
    {
        var declarations = "var v0 = { k: 1 }\n" + string.Concat(Enumerable.Range(1, 30).Select(i => $"var v{i} = {{ a: v{i - 1}, b: v{i - 1} }}\n"));

        var (value, diagnostics) = BicepTemplates.Evaluate("{ deep: v30, kept: 'yes' }", declarations);

        var diagnostic = diagnostics.Items.Single();
        Assert.That(diagnostic.Code, Is.EqualTo(EvaluationDiagnostics.LimitExceededCode));
        Assert.That(diagnostic.Message, Does.StartWith("This value holds more than 1,000,000 values"));
        Assert.That(diagnostic.Location!.Start.Line, Is.EqualTo(19), "v19, the first with 2^20 values");
        var result = (ObjectValue)value;
        var deep = result["deep"]!;
        for (var level = 30; level > 19; level--)
        {
            deep = ((ObjectValue)deep)["a"]!;
        }

        Assert.That(deep, Is.InstanceOf<UnknownValue>(), "v19 within v30");
        Assert.That(result["kept"], Is.InstanceOf<StringValue>(), "the values around it are built");
    }

    [Test]
    public void Secrets_environment_variables_and_external_inputs_are_Unknown_without_diagnostics()
    {
        var (value, diagnostics) = BicepTemplates.Evaluate("[readEnvironmentVariable('X'), externalInput('sys.cli', 'y'), fail('no')]");

        Assert.That(diagnostics.Items, Is.Empty);
        Assert.That(((ArrayValue)value).Items, Has.All.InstanceOf<UnknownValue>());
    }

    [Test]
    public void Functions_and_variables_imported_from_another_file_evaluate_there()
    {
        var (value, diagnostics) = BicepTemplates.Evaluate(
            "'${prefix}-${shared.suffix}-${twice(2)}-${shared.twice(3)}'",
            "import { prefix, twice } from 'shared.bicep'\nimport * as shared from 'shared.bicep'",
            ("shared.bicep", "@export()\nvar prefix = 'acr'\n@export()\nvar suffix = toUpper('x')\n@export()\nfunc twice(n int) int => helper(n)\nfunc helper(n int) int => n * 2\n"));

        Assert.That(diagnostics.Items, Is.Empty, string.Join("\n", diagnostics.Items));
        Assert.That(BicepTemplates.Text(value), Is.EqualTo("acr-X-4-6"));
    }

    [Test]
    public void A_cycle_of_variables_is_a_binding_diagnostic_and_an_Unknown_not_a_stack_overflow()
    {
        var (value, diagnostics) = BicepTemplates.Evaluate("a", "var a = b\nvar b = a");

        Assert.That(value, Is.InstanceOf<UnknownValue>());
        Assert.That(BicepTemplates.Codes(diagnostics), Has.Some.EqualTo("ATL1204"));
    }

    [Test]
    public void Deep_nesting_hits_the_evaluators_limit_not_the_stack()
    {
        var expression = string.Concat(Enumerable.Repeat("(1 + ", 400)) + "1" + new string(')', 400);
        var (value, diagnostics) = BicepTemplates.Evaluate(expression);

        Assert.That(value, Is.InstanceOf<UnknownValue>().Or.InstanceOf<IntegerValue>());
        Assert.That(BicepTemplates.Codes(diagnostics), Has.Some.EqualTo(EvaluationDiagnostics.TooDeepCode).Or.Some.StartsWith("ATL11"));
    }
}
