using System.Collections.Immutable;
using AcrTemplateLint.Arm.Expressions;
using AcrTemplateLint.Arm.Json;
using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Rules.Model;
using AcrTemplateLint.Rules.Policy;
using AcrTemplateLint.Tests.Support;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Tests.Rules.Policy;

/// <summary>Loading Azure Policy JSON: the built-in corpus, malformed files, parameters and initiatives.</summary>
public sealed class PolicyLoaderTests
{
    private const string AdminDefinition = "dc921057-6b28-4fbe-9b83-f7bec05db6c2";

    [Test]
    public void Every_definition_in_the_corpus_loads_without_an_error()
    {
        var folder = PolicyCorpus.Folder;
        var definitions = Directory.GetFiles(folder, "*.json");
        var initiatives = Directory.GetFiles(Path.Combine(folder, "policySetDefinitions"), "*.json");

        var errors = PolicyCorpus.Diagnostics.Where(d => d.Level == DiagnosticLevel.Error).ToList();
        TestContext.Out.WriteLine($"{definitions.Length} definition files and {initiatives.Length} initiatives: {PolicyCorpus.Rules.Length} rules, "
            + $"{errors.Count} errors, {PolicyCorpus.Diagnostics.Count - errors.Count} other diagnostics");
        foreach (var diagnostic in PolicyCorpus.Diagnostics)
        {
            TestContext.Out.WriteLine($"  {diagnostic}");
        }

        Assert.That(errors, Is.Empty);
        Assert.That(PolicyCorpus.Diagnostics, Is.Empty, "every function and construct the built-ins use is supported");
        Assert.That(PolicyCorpus.Rules.Select(r => r.PolicyId), Is.EquivalentTo(definitions.Select(DefinitionName)),
            "one rule per definition; the initiatives pass the definitions their defaults, so they add none");
        Assert.That(PolicyCorpus.Rules, Has.All.Matches<Rule>(r => r.Origin == RuleOrigin.AzurePolicy && r.Ruleset == PolicyLoader.Ruleset));
        Assert.That(PolicyCorpus.Rules.Select(r => r.Id), Has.All.Match(@"^AZP\d{10}$"));
    }

    [Test]
    public void A_definition_becomes_a_rule_with_its_types_effect_and_names()
    {
        var rule = PolicyCorpus.Definition(AdminDefinition);

        Assert.That(rule.Id, Is.EqualTo("AZP3700559959"));
        Assert.That(rule.Title, Is.EqualTo("Container registries should have local admin account disabled."));
        Assert.That(rule.Name, Is.EqualTo("ACR_AdminAccountDisabled_AuditDeny"));
        Assert.That(rule.Effect, Is.EqualTo(RuleEffect.Audit));
        Assert.That(rule.ResourceTypes, Is.EqualTo(new[] { "Microsoft.ContainerRegistry/registries" }));
        Assert.That(rule.HelpUri, Does.EndWith("%2Fproviders%2FMicrosoft.Authorization%2FpolicyDefinitions%2F" + AdminDefinition));
        Assert.That(rule.Tags, Is.EqualTo(new[] { PolicyLoader.Ruleset, "Container Registry" }));

        // The type condition became the rule's resource type; what is left is the admin-user condition.
        var leaf = (LeafCondition)rule.Checks.Single().If;
        Assert.That(((FieldOperand)leaf.Operand).Path.ToString(), Is.EqualTo("properties.adminUserEnabled"));
    }

    [Test]
    public void Effects_map_like_rule_effects()
    {
        Assert.Multiple(() =>
        {
            Assert.That(PolicyCorpus.Definition("79fdfe03").Effect, Is.EqualTo(RuleEffect.Info), "Modify");
            Assert.That(PolicyCorpus.Definition("d85c6833").Effect, Is.EqualTo(RuleEffect.Info), "DeployIfNotExists");
            Assert.That(PolicyCorpus.Definition("e8eef0a8").Effect, Is.EqualTo(RuleEffect.Audit), "Audit");
            Assert.That(PolicyCorpus.Definition("84497762").ResourceTypes, Is.EqualTo(new[] { "Microsoft.ContainerRegistry/registries/cacheRules" }));
            Assert.That(PolicyCorpus.Definition("696cb1d3").ResourceTypes, Is.EqualTo(new[] { "Microsoft.ContainerRegistry/registries/privateEndpointConnections" }));
        });
    }

    // [| |] marks where the diagnostic must point.
    [TestCase("""{ "properties": { "policyRule": { "if": [|}|] } }""", JsonDiagnostics.UnexpectedCharacterCode, "Invalid JSON")]
    [TestCase("""{ "properties": { "policyRule": { "if": { "field": "type", [|"equalz"|]: "x" }, "then": { "effect": "audit" } } } }""", PolicyDiagnostics.UnknownKeyCode, "Unknown key 'equalz'")]
    [TestCase("""{ "properties": { "policyRule": { "if": [|{ "field": "type", "equals": "a", "notEquals": "b" }|], "then": { "effect": "audit" } } } }""", PolicyDiagnostics.OperatorCountCode, "exactly one operator (found equals, notEquals)")]
    [TestCase("""{ "properties": { "policyRule": { "if": [|{ "field": "type", "value": "a", "equals": "b" }|], "then": { "effect": "audit" } } } }""", PolicyDiagnostics.OperatorCountCode, "not several")]
    [TestCase("""{ "properties": { "policyRule": { "if": { "allOf": [|{ "field": "type", "equals": "a" }|] }, "then": { "effect": "audit" } } } }""", PolicyDiagnostics.WrongTypeCode, "'allOf' must be a non-empty array")]
    [TestCase("""{ "properties": { "policyRule": { "if": { "field": "Microsoft.ContainerRegistry/registries/sku.name", "in": [|"Premium"|] }, "then": { "effect": "audit" } } } }""", PolicyDiagnostics.WrongTypeCode, "'in' must be an array")]
    [TestCase("""{ "properties": { "policyRule": { "if": { "field": "Microsoft.ContainerRegistry/registries/sku.name", "exists": [|"maybe"|] }, "then": { "effect": "audit" } } } }""", PolicyDiagnostics.WrongTypeCode, "'exists' must be true or false")]
    [TestCase("""{ "properties": { "policyRule": { "if": { "field": [|42|], "equals": "a" }, "then": { "effect": "audit" } } } }""", PolicyDiagnostics.WrongTypeCode, "'field' must be a string")]
    [TestCase("""{ "properties": { "policyRule": [|[]|] } }""", PolicyDiagnostics.WrongTypeCode, "'policyRule' must be an object")]
    [TestCase("""{ "properties": { "policyRule": { "if": { "field": [|"publicNetworkAccess"|], "equals": "Enabled" }, "then": { "effect": "audit" } } } }""", PolicyDiagnostics.InvalidAliasCode, "Invalid field 'publicNetworkAccess'")]
    [TestCase("""{ "properties": { "policyRule": [|{ "if": { "field": "type", "equals": "a" } }|] } }""", PolicyDiagnostics.MissingKeyCode, "needs 'then'")]
    [TestCase("""{ "properties": { "policyRule": { "if": { "field": "type", "equals": "a" }, "then": { "effect": [|"block"|] } } } }""", PolicyDiagnostics.UnknownEffectCode, "Unknown effect 'block'")]
    [TestCase("""{ "properties": { "policyRule": { "if": { "field": "type", "equals": "[[|parameters('kind')|]]" }, "then": { "effect": "audit" } } } }""", PolicyDiagnostics.UnknownParameterCode, "parameter 'kind'")]
    [TestCase("""{ "properties": { "policyRule": { "if": { "field": "type", "equals": "[concat('a',[|)|]]" }, "then": { "effect": "audit" } } } }""", ArmExpressionDiagnostics.SyntaxErrorCode, "")]
    [TestCase("""{ "properties": { "policyRule": { "if": { "field": "type", "equals": "a" }, "then": { "effect": "modify", "details": [|{|] "conflictEffect": "audit" } } } } }""", PolicyDiagnostics.MissingKeyCode, "details.operations")]
    [TestCase("""{ "properties": { "mode": "Indexed", "parameters": { "effect": { "type": "String" } }, "policyRule": { "if": { "field": "type", "equals": "a" }, "then": { "effect": [|"[parameters('effect')]"|] } } } }""", PolicyDiagnostics.InvalidParameterValueCode, "the effect depends on policy parameter 'effect', which has no default value")]
    [TestCase("""[|[ "not", "a", "policy" ]|]""", PolicyDiagnostics.NotAPolicyCode, "Not an Azure Policy definition")]
    public void A_malformed_policy_gives_a_positioned_diagnostic_and_no_rule(string markup, string code, string message)
    {
        var (text, span) = Markup.Parse(markup);

        var (rules, diagnostics) = Load(("policy.json", text));

        Assert.That(rules, Is.Empty);
        var diagnostic = diagnostics.Items.FirstOrDefault(d => d.Code == code);
        Assert.That(diagnostic, Is.Not.Null, string.Join("\n", diagnostics.Items));
        Assert.That(diagnostic!.Message, Does.Contain(message));
        Assert.That(diagnostic.Location!.Span.Start, Is.EqualTo(span!.Value.Start), $"{diagnostic} should point at '{text.Substring(span.Value.Start, span.Value.Length)}'");
        Assert.That(diagnostic.ToString(), Does.StartWith("policy.json(1,"), "file, line and column");
    }

    [Test]
    public void Value_count_is_reported_as_unsupported_and_the_policy_is_not_loaded()
    {
        var (text, span) = Markup.Parse("""
            { "properties": { "policyRule": {
              "if": { "count": { [|"value"|]: [ "a", "b" ], "name": "x", "where": { "value": "[current('x')]", "equals": "a" } }, "equals": 1 },
              "then": { "effect": "audit" } } } }
            """);

        var (rules, diagnostics) = Load(("policy.json", text));

        Assert.That(rules, Is.Empty);
        var diagnostic = diagnostics.Items.Single(d => d.Code == PolicyDiagnostics.UnsupportedCode);
        Assert.That(diagnostic.Level, Is.EqualTo(DiagnosticLevel.Warning));
        Assert.That(diagnostic.Location!.Span.Start, Is.EqualTo(span!.Value.Start));
        Assert.That(diagnostics.HasErrors, Is.False);
    }

    [Test]
    public void A_json_file_in_a_policy_folder_that_is_not_a_policy_is_skipped()
    {
        using var directory = new TempDirectory();
        directory.Write("policies/readme.json", """{ "title": "not a policy" }""");
        File.Copy(Path.Combine(PolicyCorpus.Folder, "ACR_AdminAccountDisabled_AuditDeny.json"), directory.Write("policies/admin.json", ""), overwrite: true);
        var diagnostics = new DiagnosticBag();

        var rules = PolicyLoader.Load([Path.Combine(directory.Path, "policies")], [], directory.Path, diagnostics);

        Assert.That(diagnostics.Items, Is.Empty);
        Assert.That(rules.Select(r => r.Id), Is.EqualTo(new[] { "AZP3700559959" }));
    }

    [Test]
    public void Parameter_values_come_from_a_policy_assignment_file()
    {
        var assignment = """
            { "properties": {
                "policyDefinitionId": "/providers/Microsoft.Authorization/policyDefinitions/dc921057-6b28-4fbe-9b83-f7bec05db6c2",
                "parameters": { "effect": { "value": "Deny" } } } }
            """;

        var rules = LoadCorpusWith(assignment, out var diagnostics);

        Assert.That(diagnostics.Items, Is.Empty);
        Assert.That(rules, Has.Length.EqualTo(21));
        Assert.That(rules.Single(r => r.PolicyId == AdminDefinition).Effect, Is.EqualTo(RuleEffect.Deny));
        Assert.That(rules.Single(r => r.PolicyId!.StartsWith("9f2dea28", StringComparison.Ordinal)).Effect, Is.EqualTo(RuleEffect.Audit),
            "an assignment with a policyDefinitionId applies to that definition only");
    }

    [Test]
    public void Parameter_values_without_a_definition_id_apply_to_every_policy_that_declares_them()
    {
        var rules = LoadCorpusWith("""{ "effect": { "value": "Disabled" } }""", out var diagnostics);

        Assert.That(diagnostics.Items, Is.Empty);
        var disabled = rules.Where(r => r.Effect == RuleEffect.Disabled).ToList();
        Assert.That(disabled.Select(r => r.PolicyId).Distinct().Count(), Is.EqualTo(21), "every definition, alone, is disabled");

        // The initiatives still run the definitions they reference with those definitions' defaults.
        Assert.That(rules.Where(r => r.Effect != RuleEffect.Disabled).Select(r => r.PolicyId![..8]),
            Is.EquivalentTo(new[] { "a3701552", "d0793b48", "9f2dea28", "cced2946", "bd560fc0", "e8eef0a8", "0fdf0491", "5b9159ae" }));
    }

    [Test]
    public void A_parameter_value_that_is_not_allowed_is_an_error_at_the_value()
    {
        var assignment = """[ { "policyDefinitionId": "dc921057-6b28-4fbe-9b83-f7bec05db6c2", "parameters": { "effect": { "value": "Modify" } } } ]""";

        var rules = LoadCorpusWith(assignment, out var diagnostics);

        var error = diagnostics.Items.Single(d => d.Code == PolicyDiagnostics.InvalidParameterValueCode);
        Assert.That(error.Message, Does.Contain("'Modify' is not an allowed value of parameter 'effect'").And.Contain("Audit, Deny, Disabled"));
        Assert.That(error.ToString(), Does.StartWith("assignment.json(1,"));
        Assert.That(rules.Any(r => r.PolicyId == AdminDefinition), Is.False);
    }

    [Test]
    public void A_parameter_value_no_policy_uses_is_a_warning()
    {
        LoadCorpusWith("""{ "parameters": { "effectt": { "value": "Deny" } } }""", out var diagnostics);

        var warning = diagnostics.Items.Single();
        Assert.That((warning.Code, warning.Level), Is.EqualTo((PolicyDiagnostics.UnusedParameterValueCode, DiagnosticLevel.Warning)));
        Assert.That(warning.Message, Does.Contain("'effectt'"));
    }

    [Test]
    public void An_initiative_runs_its_definitions_with_the_values_it_passes()
    {
        using var directory = new TempDirectory();
        File.Copy(Path.Combine(PolicyCorpus.Folder, "ACR_AdminAccountDisabled_AuditDeny.json"), directory.Write("admin.json", ""), overwrite: true);
        directory.Write("initiative.json", """
            { "properties": {
                "displayName": "Registry baseline",
                "parameters": { "adminEffect": { "type": "String", "defaultValue": "Deny" } },
                "policyDefinitions": [
                  { "policyDefinitionId": "/providers/Microsoft.Authorization/policyDefinitions/dc921057-6b28-4fbe-9b83-f7bec05db6c2",
                    "policyDefinitionReferenceId": "noAdmin",
                    "parameters": { "effect": { "value": "[parameters('adminEffect')]" } } }
                ] },
              "name": "baseline" }
            """);
        var diagnostics = new DiagnosticBag();

        var rules = PolicyLoader.Load([directory.Path], [], directory.Path, diagnostics);

        Assert.That(diagnostics.Items, Is.Empty);
        Assert.That(rules.Select(r => (r.PolicyId, r.Effect)), Is.EquivalentTo(new[] { (AdminDefinition, RuleEffect.Audit), (AdminDefinition, RuleEffect.Deny) }),
            "the definition alone (its default, Audit) and through the initiative (Deny)");
        Assert.That(rules.Select(r => r.Id), Is.Unique.And.Contains("AZP3700559959").And.Contains(PolicyRuleId.ForMember("baseline", "noAdmin")));
    }

    [Test]
    public void An_initiative_that_references_a_missing_definition_is_an_error_at_the_reference()
    {
        var (text, span) = Markup.Parse("""
            { "properties": { "policyDefinitions": [
              { "policyDefinitionId": [|"/providers/Microsoft.Authorization/policyDefinitions/00000000-0000-0000-0000-000000000001"|] } ] } }
            """);

        var (rules, diagnostics) = Load(("initiative.json", text));

        Assert.That(rules, Is.Empty);
        var error = diagnostics.Items.Single();
        Assert.That(error.Code, Is.EqualTo(PolicyDiagnostics.MissingDefinitionCode));
        Assert.That(error.Location!.Span.Start, Is.EqualTo(span!.Value.Start));
    }

    [Test]
    public void A_function_acrlint_lacks_is_a_warning_and_the_policy_still_loads()
    {
        var (text, span) = Markup.Parse("""
            { "properties": { "policyRule": {
              "if": { "value": "[[|ipRangeContains('10.0.0.0/8', '10.1.0.0/16')|]]", "equals": true },
              "then": { "effect": "audit" } } } }
            """);

        var (rules, diagnostics) = Load(("policy.json", text));

        Assert.That(rules, Has.Length.EqualTo(1));
        var warning = diagnostics.Items.Single();
        Assert.That((warning.Code, warning.Level), Is.EqualTo((PolicyDiagnostics.UnsupportedCode, DiagnosticLevel.Warning)));
        Assert.That(warning.Location!.Span.Start, Is.EqualTo(span!.Value.Start));
    }

    private static ImmutableArray<Rule> LoadCorpusWith(string assignment, out DiagnosticBag diagnostics)
    {
        using var directory = new TempDirectory();
        var file = directory.Write("assignment.json", assignment);
        diagnostics = new DiagnosticBag();
        return PolicyLoader.Load([PolicyCorpus.Folder], [file], directory.Path, diagnostics);
    }

    private static (ImmutableArray<Rule> Rules, DiagnosticBag Diagnostics) Load(params (string Name, string Text)[] files)
    {
        var diagnostics = new DiagnosticBag();
        var rules = PolicyLoader.LoadFiles(files.Select(f => new PolicyFile(new SourceFile("/p/" + f.Name, f.Name, f.Text), true)), PolicyAssignments.None, diagnostics);
        return (rules, diagnostics);
    }

    private static string DefinitionName(string file) =>
        System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(file))!["name"]!.GetValue<string>();
}
