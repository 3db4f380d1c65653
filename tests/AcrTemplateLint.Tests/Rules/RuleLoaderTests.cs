using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Rules.Loading;
using AcrTemplateLint.Rules.Model;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Tests.Rules;

public sealed class RuleLoaderTests
{
    private const string Valid = """
        id: X001
        name: Example
        title: An example
        description: Describes it.
        message: "{name} fails"
        effect: audit
        resource: Microsoft.ContainerRegistry/registries
        if:
          field: properties.publicNetworkAccess
          notEquals: Disabled
        """;

    [Test]
    public void Loads_a_valid_rule()
    {
        var (rule, diagnostics) = Load(Valid);

        Assert.That(diagnostics.Items, Is.Empty);
        Assert.That(rule!.Effect, Is.EqualTo(RuleEffect.Audit));
        var leaf = (LeafCondition)rule.Checks.Single().If;
        Assert.That(leaf.Operator, Is.EqualTo(ConditionOperator.NotEquals));
    }

    [TestCase("effect: audit", "effect: sometimes", RuleDiagnostics.WrongTypeCode, 6, 9, "one of deny, audit, info, disabled")]
    [TestCase("  notEquals: Disabled", "  notEquals: Disabled\n  equals: Enabled", RuleDiagnostics.OperatorCountCode, 9, 3, "exactly one operator (found notEquals, equals)")]
    [TestCase("title: An example", "title: An example\ncolour: blue", RuleDiagnostics.UnknownKeyCode, 4, 1, "Unknown key 'colour'")]
    [TestCase("  field: properties.publicNetworkAccess", "  field: properties..x", RuleDiagnostics.InvalidFieldPathCode, 9, 10, "empty segment")]
    [TestCase("  notEquals: Disabled", "  notEqual: Disabled", RuleDiagnostics.UnknownKeyCode, 10, 3, "Unknown key 'notEqual'")]
    [TestCase("  field: properties.publicNetworkAccess\n  notEquals: Disabled", "  field: type\n  in: Disabled", RuleDiagnostics.WrongTypeCode, 10, 7, "must be a list")]
    [TestCase("if:", "if: [", RuleDiagnostics.YamlSyntaxCode, 10, 12, "Invalid YAML")]
    public void Rejects_a_malformed_rule_with_a_positioned_diagnostic(string replace, string with, string code, int line, int column, string message)
    {
        var (rule, diagnostics) = Load(Valid.Replace(replace, with));

        Assert.That(rule, Is.Null);
        var diagnostic = diagnostics.Items.First(d => d.Code == code);
        Assert.That(diagnostic.Message, Does.Contain(message));
        Assert.That((diagnostic.Location!.Start.Line + 1, diagnostic.Location.Start.Character + 1), Is.EqualTo((line, column)), diagnostic.Message);
    }

    [Test]
    public void A_missing_required_key_names_the_key()
    {
        var (rule, diagnostics) = Load(Valid.Replace("message: \"{name} fails\"\n", ""));

        Assert.That(rule, Is.Null);
        Assert.That(diagnostics.Items.Single().Message, Does.Contain("'message'"));
    }

    private static (Rule? Rule, DiagnosticBag Diagnostics) Load(string yaml)
    {
        var diagnostics = new DiagnosticBag();
        var rule = RuleLoader.Load(new SourceFile("/r/X001.yaml", "X001.yaml", yaml), diagnostics);
        return (rule, diagnostics);
    }
}
