using AcrTemplateLint.Arm;
using AcrTemplateLint.Arm.Json;
using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Evaluation;
using AcrTemplateLint.Evaluation.Values;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Tests.Evaluation;

public sealed class ArmEvaluationTests
{
    private const string Template = """
        {
          "parameters": {
            "withDefault": { "type": "string", "defaultValue": "[toUpper('abc')]" },
            "noValue": { "type": "string" },
            "limited": { "type": "string", "allowedValues": [ "Enabled", "enabled" ] },
            "loopA": { "type": "string", "defaultValue": "[parameters('loopB')]" },
            "loopB": { "type": "string", "defaultValue": "[parameters('loopA')]" }
          },
          "variables": {
            "greeting": "[format('{0}-{1:D3}', parameters('withDefault'), 7)]",
            "obj": { "inner": { "value": 42 } }
          }
        }
        """;

    [TestCase("[parameters('withDefault')]", "ABC")]
    [TestCase("[variables('greeting')]", "ABC-007")]
    [TestCase("[string(variables('obj').inner.value)]", "42")]
    [TestCase("[string(variables('obj')['inner'].value)]", "42")]
    [TestCase("[concat('a', 'b', string(true()))]", "abTrue")]
    [TestCase("[if(equals(1, 2), 'yes', 'no')]", "no")]
    [TestCase("[toLower(parameters('limited'))]", "enabled")]
    public void Evaluates_parameters_variables_and_functions(string expression, string expected)
    {
        var (value, diagnostics) = Evaluate(expression);

        Assert.That(diagnostics.Items, Is.Empty);
        Assert.That(value, Is.InstanceOf<StringValue>().With.Property("Value").EqualTo(expected));
    }

    [Test]
    public void A_parameter_without_value_is_Unknown_naming_the_parameter_and_its_declaration()
    {
        var (value, _) = Evaluate("[concat('x', parameters('noValue'))]");

        var unknown = (UnknownValue)value;
        Assert.That(unknown.Reason, Does.Contain("parameter 'noValue'"));
        Assert.That(unknown.DependsOn!.File.GetText(unknown.DependsOn.Span), Is.EqualTo("\"noValue\""));
    }

    [Test]
    public void An_unknown_condition_keeps_both_branches_as_candidates()
    {
        var (value, _) = Evaluate("[if(equals(parameters('noValue'), 'x'), 'Enabled', 'Disabled')]");

        var unknown = (UnknownValue)value;
        Assert.That(unknown.Candidates.Select(c => ((StringValue)c).Value), Is.EqualTo(new[] { "Enabled", "Disabled" }));
    }

    [Test]
    public void Allowed_values_that_agree_after_a_function_give_a_known_value()
    {
        var (value, _) = Evaluate("[equals(toLower(parameters('limited')), 'enabled')]");

        Assert.That(value, Is.InstanceOf<BooleanValue>().With.Property("Value").EqualTo(true));
    }

    [Test]
    public void A_cycle_between_parameter_defaults_is_a_diagnostic_not_a_stack_overflow()
    {
        var (value, diagnostics) = Evaluate("[parameters('loopA')]");

        Assert.That(value, Is.InstanceOf<UnknownValue>());
        Assert.That(diagnostics.Items.Select(d => d.Code), Does.Contain(EvaluationDiagnostics.CycleCode));
    }

    [Test]
    public void An_unsupported_function_is_Unknown_with_a_diagnostic_naming_it()
    {
        var (value, diagnostics) = Evaluate("[noSuchFunction('a')]");

        Assert.That(((UnknownValue)value).Reason, Does.Contain("noSuchFunction"));
        Assert.That(diagnostics.Items.Single().Code, Is.EqualTo(EvaluationDiagnostics.UnknownFunctionCode));
    }

    [Test]
    public void Deployment_functions_are_Unknown_instead_of_invented()
    {
        var (value, diagnostics) = Evaluate("[resourceGroup().location]");

        Assert.That(diagnostics.Items, Is.Empty);
        Assert.That(((UnknownValue)value).Reason, Is.EqualTo("resourceGroup().location, which is known only at deployment"));
    }

    private static (Value Value, DiagnosticBag Diagnostics) Evaluate(string expression)
    {
        var diagnostics = new DiagnosticBag();
        var file = new SourceFile("/t/template.json", "template.json", Template);
        var root = (JsonObject)JsonParser.Parse(file, diagnostics)!;
        var scope = new ArmTemplateScope(file, root, null, new Evaluator(diagnostics));
        var expressionFile = new SourceFile("/t/expr.json", "expr.json", $"\"{expression}\"");
        var literal = (JsonString)JsonParser.Parse(expressionFile, diagnostics)!;
        return (scope.Evaluate(literal), diagnostics);
    }
}
