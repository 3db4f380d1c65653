using System.Collections.Immutable;
using AcrTemplateLint.Analysis;
using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Rules.Engine;
using AcrTemplateLint.Rules.Model;
using AcrTemplateLint.Rules.Policy;
using AcrTemplateLint.Tests.Support;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Tests.Rules.Policy;

/// <summary>Azure Policy definitions run against templates: effects, aliases, count, field(), live state.</summary>
public sealed class PolicyEvaluationTests
{
    private const string Schema = "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#";

    private static string Registry(string properties, string sku = "Premium") => $$"""
        {
          "$schema": "{{Schema}}",
          "contentVersion": "1.0.0.0",
          "resources": [
            { "type": "Microsoft.ContainerRegistry/registries", "apiVersion": "2025-04-01", "name": "contosoacr", "location": "westeurope",
              "sku": { "name": "{{sku}}" }, "properties": {{properties}} }
          ]
        }
        """;

    private static string PrivateEndpoint(string groupId) => $$"""
        {
          "$schema": "{{Schema}}",
          "contentVersion": "1.0.0.0",
          "resources": [
            { "type": "Microsoft.Network/privateEndpoints", "apiVersion": "2023-09-01", "name": "contosoacr-pe", "location": "westeurope",
              "properties": {
                "subnet": { "id": "/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/pe" },
                "privateLinkServiceConnections": [
                  { "name": "first", "properties": { "privateLinkServiceId": "/subscriptions/0/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/sa", "groupIds": [ "blob" ] } },
                  { "name": "second", "properties": { "privateLinkServiceId": "[resourceId('Microsoft.ContainerRegistry/registries', 'contosoacr')]", "groupIds": [ "{{groupId}}" ] } }
                ] } }
          ]
        }
        """;

    [Test]
    public void A_modify_policy_reports_the_change_it_would_make_as_a_note()
    {
        var (template, span) = Markup.Parse(Registry("""{ "adminUserEnabled": [|true|] }"""));

        var finding = Run(PolicyCorpus.Definition("79fdfe03"), template).Single();

        Assert.That((finding.Outcome, finding.Level), Is.EqualTo((RuleOutcome.Fail, FindingLevel.Note)));
        Assert.That(finding.Message, Is.EqualTo(
            "Configure container registries to disable local admin account: registry 'contosoacr' matches the policy "
            + "(properties.adminUserEnabled is 'true'); its Modify effect would set properties.adminUserEnabled to 'false' when deployed."));
        Assert.That(finding.Location.Span, Is.EqualTo(span));
        Assert.That(Run(PolicyCorpus.Definition("79fdfe03"), Registry("""{ "adminUserEnabled": false }""")), Is.Empty);
    }

    [Test]
    public void A_deploy_if_not_exists_policy_is_indeterminate_when_its_condition_holds()
    {
        var policy = PolicyCorpus.Definition("d85c6833");

        var finding = Run(policy, Registry("{}")).Single();

        Assert.That((finding.Outcome, finding.Level), Is.EqualTo((RuleOutcome.Indeterminate, FindingLevel.Note)));
        Assert.That(finding.Message, Does.StartWith("Configure Container registries with private endpoints: cannot decide whether 'contosoacr' complies: "
            + "the existence condition depends on whether a Microsoft.ContainerRegistry/registries/privateEndpointConnections resource that satisfies "
            + "the policy's existence condition exists, which only the deployed resources show; if there is none, the policy deploys one (")
            .And.EndWith("ACR_PrivateEndpoint_DINE.json:49)."));
        Assert.That(finding.Location.File.DisplayPath, Is.EqualTo("test.json"), "the finding is on the registry, not in the policy file");
        Assert.That(Run(policy, Registry("{}", sku: "Standard")), Is.Empty, "its 'if' (sku.name equals Premium) is false");
    }

    [Test]
    public void Count_over_a_nested_alias_reads_the_properties_of_each_connection()
    {
        var policy = PolicyCorpus.Definition("e9585a95");

        var finding = Run(policy, PrivateEndpoint("registry")).Single();

        Assert.That(finding.Outcome, Is.EqualTo(RuleOutcome.Indeterminate), finding.Message);
        Assert.That(finding.Message, Does.Contain("Microsoft.Network/privateEndpoints/privateDnsZoneGroups"));
        Assert.That(Run(policy, PrivateEndpoint("registryData")), Is.Empty, "no groupId 'registry': count is 0");
    }

    [Test]
    public void A_live_state_alias_makes_the_policy_indeterminate_with_that_reason()
    {
        var finding = Run(PolicyCorpus.Definition("e8eef0a8"), Registry("""{ "publicNetworkAccess": "Disabled" }""")).Single();

        Assert.That(finding.Outcome, Is.EqualTo(RuleOutcome.Indeterminate));
        Assert.That(finding.Message, Is.EqualTo("Container registries should use private link: cannot decide whether 'contosoacr' complies: "
            + "count(properties.privateEndpointConnections[*]) depends on properties.privateEndpointConnections, read-only state that only the "
            + "deployed registry has (a template cannot set it)."));
    }

    [Test]
    public void Field_split_concat_and_subscription_in_a_value_condition()
    {
        // 696cb1d3: an approved private endpoint connection from another subscription, read with
        // split(concat(field('…privateEndpoint.id'), '//'), '/')[2] and compared with subscription().subscriptionId.
        var policy = PolicyCorpus.Definition("696cb1d3");
        string Connection(string status, string endpoint) => $$"""
            {
              "$schema": "{{Schema}}",
              "contentVersion": "1.0.0.0",
              "resources": [
                { "type": "Microsoft.ContainerRegistry/registries/privateEndpointConnections", "apiVersion": "2023-07-01", "name": "contosoacr/partner",
                  "properties": { {{endpoint}} "privateLinkServiceConnectionState": { "status": "{{status}}" } } }
              ]
            }
            """;
        const string Endpoint = """ "privateEndpoint": { "id": "/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/rg/providers/Microsoft.Network/privateEndpoints/pe" }, """;

        var withoutEndpoint = Run(policy, Connection("Approved", "")).Single();
        var external = Run(policy, Connection("Approved", Endpoint)).Single();

        Assert.That(withoutEndpoint.Outcome, Is.EqualTo(RuleOutcome.Fail), "privateEndpoint.id exists: false");
        Assert.That(external.Outcome, Is.EqualTo(RuleOutcome.Indeterminate), external.Message);
        Assert.That(external.Message, Does.Contain("depends on subscription().subscriptionId, which is known only at deployment"));
        Assert.That(Run(policy, Connection("Pending", Endpoint)), Is.Empty);
    }

    [Test]
    public void A_disabled_effect_runs_nothing()
    {
        var rule = Load(Definition("""{ "field": "Microsoft.ContainerRegistry/registries/adminUserEnabled", "equals": true }""", effect: "Disabled")).Single();

        Assert.That(rule.Effect, Is.EqualTo(RuleEffect.Disabled));
        Assert.That(Run(rule, Registry("""{ "adminUserEnabled": true }""")), Is.Empty);
    }

    [Test]
    public void Deny_is_an_error_and_the_message_starts_with_the_display_name()
    {
        var rule = Load(Definition("""{ "field": "Microsoft.ContainerRegistry/registries/adminUserEnabled", "equals": "true" }""", effect: "deny")).Single();

        var finding = Run(rule, Registry("""{ "adminUserEnabled": true }""")).Single();

        Assert.That(finding.Level, Is.EqualTo(FindingLevel.Error));
        Assert.That(finding.Message, Is.EqualTo("Test policy: registry 'contosoacr' is non-compliant (properties.adminUserEnabled is 'true')."));
    }

    [Test]
    public void Audit_if_not_exists_is_a_warning_rule_whose_verdict_is_indeterminate()
    {
        var then = """{ "effect": "auditIfNotExists", "details": { "type": "Microsoft.Insights/diagnosticSettings" } }""";
        var rule = Load(Definition("""{ "field": "type", "equals": "Microsoft.ContainerRegistry/registries" }""", then: then)).Single();

        var finding = Run(rule, Registry("{}")).Single();

        Assert.That(rule.Effect, Is.EqualTo(RuleEffect.Audit));
        Assert.That(finding.Outcome, Is.EqualTo(RuleOutcome.Indeterminate));
        Assert.That(finding.Message, Does.Contain("whether a Microsoft.Insights/diagnosticSettings resource"));
    }

    [Test]
    public void A_policy_without_a_type_condition_applies_to_every_resource()
    {
        var rule = Load(Definition("""{ "field": "location", "notIn": [ "westeurope", "northeurope" ] }""")).Single();
        var template = $$"""
            {
              "$schema": "{{Schema}}",
              "contentVersion": "1.0.0.0",
              "resources": [
                { "type": "Microsoft.ContainerRegistry/registries", "apiVersion": "2025-04-01", "name": "inscope", "location": "westeurope", "sku": { "name": "Premium" } },
                { "type": "Microsoft.ContainerRegistry/registries", "apiVersion": "2025-04-01", "name": "elsewhere", "location": "eastus", "sku": { "name": "Premium" } },
                { "type": "Microsoft.Storage/storageAccounts", "apiVersion": "2023-01-01", "name": "contosodata", "location": "eastus", "kind": "StorageV2", "sku": { "name": "Standard_LRS" } }
              ]
            }
            """;

        var findings = Run(rule, template);

        Assert.That(rule.ResourceTypes, Is.EqualTo(new[] { Rule.AnyType }));
        Assert.That(findings.Select(f => f.ResourceIdentity), Is.EquivalentTo(new[]
        {
            "Microsoft.ContainerRegistry/registries/elsewhere", "Microsoft.Storage/storageAccounts/contosodata",
        }));
    }

    [Test]
    public void An_alias_of_another_resource_type_reads_nothing()
    {
        var rule = Load(Definition("""{ "field": "Microsoft.ContainerRegistry/registries/publicNetworkAccess", "equals": "Enabled" }""")).Single();
        var template = $$"""
            {
              "$schema": "{{Schema}}",
              "contentVersion": "1.0.0.0",
              "resources": [
                { "type": "Microsoft.Storage/storageAccounts", "apiVersion": "2023-01-01", "name": "contosodata", "location": "westeurope",
                  "kind": "StorageV2", "sku": { "name": "Standard_LRS" }, "properties": { "publicNetworkAccess": "Enabled" } },
                { "type": "Microsoft.ContainerRegistry/registries", "apiVersion": "2025-04-01", "name": "contosoacr", "location": "westeurope",
                  "sku": { "name": "Premium" }, "properties": { "publicNetworkAccess": "Enabled" } }
              ]
            }
            """;

        Assert.That(Run(rule, template).Select(f => f.ResourceIdentity), Is.EqualTo(new[] { "Microsoft.ContainerRegistry/registries/contosoacr" }));
    }

    [Test]
    public void Field_count_with_current_and_field_in_values_share_the_template_evaluator()
    {
        var rule = Load(Definition("""
            { "allOf": [
              { "field": "type", "equals": "Microsoft.ContainerRegistry/registries" },
              { "value": "[toLower(field('Microsoft.ContainerRegistry/registries/sku.name'))]", "equals": "premium" },
              { "count": {
                  "field": "Microsoft.ContainerRegistry/registries/networkRuleSet.ipRules[*]",
                  "where": { "allOf": [
                    { "value": "[current('Microsoft.ContainerRegistry/registries/networkRuleSet.ipRules[*].value')]", "equals": "0.0.0.0/0" },
                    { "field": "Microsoft.ContainerRegistry/registries/networkRuleSet.ipRules[*].action", "equals": "Allow" } ] } },
                "greater": 0 } ] }
            """)).Single();
        const string Rules = """
            { "networkRuleSet": { "defaultAction": "Deny", "ipRules": [
              { "action": "Allow", "value": "203.0.113.0/24" }, { "action": "Allow", "value": [|"0.0.0.0/0"|] } ] } }
            """;
        var (template, span) = Markup.Parse(Registry(Rules));

        var finding = Run(rule, template).Single();

        Assert.That(finding.Outcome, Is.EqualTo(RuleOutcome.Fail), finding.Message);
        Assert.That(finding.Location.Span, Is.EqualTo(span), "the counted element's value, through current()");
        Assert.That(Run(rule, Markup.Parse(Registry(Rules, sku: "Standard")).Text), Is.Empty, "toLower(field('…sku.name')) is 'standard'");
        Assert.That(Run(rule, Registry("""{ "networkRuleSet": { "ipRules": [ { "action": "Allow", "value": "203.0.113.0/24" } ] } }""")), Is.Empty);
    }

    [Test]
    public void A_parameter_without_value_in_a_condition_makes_the_verdict_indeterminate_at_the_resource()
    {
        var parameters = """{ "allowedSkus": { "type": "Array", "metadata": { "displayName": "Allowed SKUs" } } }""";
        var rule = Load(Definition("""{ "field": "Microsoft.ContainerRegistry/registries/sku.name", "notIn": "[parameters('allowedSkus')]" }""", parameters: parameters)).Single();

        var finding = Run(rule, Registry("{}")).Single();

        Assert.That(finding.Outcome, Is.EqualTo(RuleOutcome.Indeterminate));
        Assert.That(finding.Message, Does.Contain("depends on policy parameter 'allowedSkus', which has no default value and no value from --policy-params (policy.json:"));
        Assert.That(finding.Location.File.DisplayPath, Is.EqualTo("test.json"));
    }

    private static string Definition(string condition, string effect = "Audit", string? then = null, string? parameters = null) => $$"""
        {
          "properties": {
            "displayName": "Test policy",
            "mode": "Indexed",
            "parameters": {{parameters ?? "{}"}},
            "policyRule": { "if": {{condition}}, "then": {{then ?? $$"""{ "effect": "{{effect}}" }"""}} }
          },
          "name": "0123abcd-0000-0000-0000-000000000000"
        }
        """;

    private static ImmutableArray<Rule> Load(string json)
    {
        var diagnostics = new DiagnosticBag();
        var rules = PolicyLoader.LoadFiles([new PolicyFile(new SourceFile("/p/policy.json", "policy.json", json), true)], PolicyAssignments.None, diagnostics);
        Assert.That(diagnostics.Items, Is.Empty);
        return rules;
    }

    private static ImmutableArray<Finding> Run(Rule rule, string template)
    {
        using var directory = new TempDirectory();
        directory.Write("test.json", template);
        var result = Analyzer.Analyze(new AnalysisOptions { Paths = [directory.Path], Root = directory.Path, Rules = [rule], Parallelism = 1 });
        Assert.That(result.Diagnostics.Where(d => d.Level == DiagnosticLevel.Error), Is.Empty);
        return result.Findings;
    }
}
