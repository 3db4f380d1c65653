using System.Text.Json;
using AcrTemplateLint.Cli;
using AcrTemplateLint.Tests.Support;

namespace AcrTemplateLint.Tests.Cli;

/// <summary>acrlint --policy and --policy-params, end to end through the command line.</summary>
public sealed class PolicyCliTests
{
    private const string AdminFinding =
        "samples/arm/registry-public.json(32,29): warning AZP3700559959: Container registries should have local admin account disabled: "
        + "registry 'contosopublicacr' is non-compliant (properties.adminUserEnabled is 'true').";

    [Test]
    public void The_built_in_definitions_run_on_the_samples_with_their_policy_ids()
    {
        var result = AcrLint.Run(Repository.Samples, "--root", Repository.Root, "--policy", PolicyCorpus.Folder);

        Assert.That(result.ExitCode, Is.EqualTo(1), result.Error);
        var lines = result.Out.TrimEnd('\n').Split('\n');
        Assert.That(lines, Does.Contain(AdminFinding));
        Assert.That(lines.Where(l => l.Contains(" AZP", StringComparison.Ordinal)).Select(l => l.Split(' ')[2].TrimEnd(':')).Distinct().Count(), Is.GreaterThanOrEqualTo(10),
            "findings of many definitions");
        Assert.That(lines, Has.Some.Contains("info AZP3907973288: Container registries should use private link: cannot decide whether 'contosopublicacr' complies"));
        Assert.That(lines, Has.Some.StartsWith("samples/arm/registry-public.json(29,19): error ACR001:"), "the built-in rules still run");
        Assert.That(result.Error, Does.Not.Contain("error"));
    }

    [Test]
    public void Sarif_keeps_the_definition_id_and_display_name_of_each_policy_rule()
    {
        var result = AcrLint.Run(Repository.Samples, "--root", Repository.Root, "--policy", PolicyCorpus.Folder, "--format", "sarif");

        var run = JsonDocument.Parse(result.Out).RootElement.GetProperty("runs")[0];
        var rule = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray()
            .Single(r => r.GetProperty("id").GetString() == "AZP3700559959");
        Assert.That(rule.GetProperty("name").GetString(), Is.EqualTo("ACR_AdminAccountDisabled_AuditDeny"));
        Assert.That(rule.GetProperty("shortDescription").GetProperty("text").GetString(), Is.EqualTo("Container registries should have local admin account disabled."));
        Assert.That(rule.GetProperty("properties").GetProperty("azurePolicyDefinitionId").GetString(), Is.EqualTo("dc921057-6b28-4fbe-9b83-f7bec05db6c2"));
        Assert.That(rule.GetProperty("properties").GetProperty("ruleset").GetString(), Is.EqualTo("azure-policy"));
        Assert.That(rule.GetProperty("helpUri").GetString(), Does.StartWith("https://portal.azure.com/#blade/Microsoft_Azure_Policy/PolicyDetailBlade/definitionId/"));
        Assert.That(rule.GetProperty("defaultConfiguration").GetProperty("level").GetString(), Is.EqualTo("warning"));
        Assert.That(run.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("ruleId").GetString()), Does.Contain("AZP3700559959"));
    }

    [Test]
    public void Policy_parameters_change_the_effect()
    {
        using var directory = new TempDirectory();
        var assignment = directory.Write("assignment.json", """
            { "properties": { "policyDefinitionId": "/providers/Microsoft.Authorization/policyDefinitions/dc921057-6b28-4fbe-9b83-f7bec05db6c2",
                              "parameters": { "effect": { "value": "Deny" } } } }
            """);

        var result = AcrLint.Run(Repository.Samples, "--root", Repository.Root, "--policy", PolicyCorpus.Folder, "--policy-params", assignment);

        Assert.That(result.Out.Split('\n'), Does.Contain(AdminFinding.Replace("warning AZP", "error AZP", StringComparison.Ordinal)));
    }

    [Test]
    public void A_malformed_policy_stops_the_run_with_exit_code_2_and_a_positioned_error()
    {
        using var directory = new TempDirectory();
        var policy = directory.Write("policy.json", """
            { "properties": { "policyRule": {
                "if": { "field": "type", "equalz": "Microsoft.ContainerRegistry/registries" },
                "then": { "effect": "audit" } } } }
            """);

        var result = AcrLint.Run(Repository.Samples, "--root", directory.Path, "--policy", policy);

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Out, Is.Empty);
        Assert.That(result.Error, Does.StartWith("policy.json(2,30): error ATL4302: Unknown key 'equalz' in a condition"));
    }

    [Test]
    public void A_policy_warning_is_shown_and_does_not_change_the_exit_code()
    {
        using var directory = new TempDirectory();
        var policy = directory.Write("policy.json", """
            { "properties": { "displayName": "No registries in test", "policyRule": {
                "if": { "allOf": [ { "field": "type", "equals": "Microsoft.ContainerRegistry/registries" },
                                   { "value": "[requestContext().apiVersion]", "equals": "never" } ] },
                "then": { "effect": "deny" } } } }
            """);
        var template = directory.Write("main.json", File.ReadAllText(Path.Combine(Repository.Samples, "arm", "registry-private.json")));

        var result = AcrLint.Run(template, "--root", directory.Path, "--policy", policy, "--indeterminate", "ignore");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Out);
        Assert.That(result.Error, Does.StartWith("policy.json(3,37): warning ATL4311: Not supported: the function 'requestContext'"));
    }

    [Test]
    public void Rules_and_explain_show_imported_policies()
    {
        var rules = AcrLint.Run("rules", "--policy", PolicyCorpus.Folder);
        var explain = AcrLint.Run("explain", "AZP3700559959", "--policy", PolicyCorpus.Folder);

        Assert.That(rules.Out.Split('\n'), Has.Some.Match(@"^AZP3700559959\s+audit\s+azure-policy\s+Container registries should have local admin account disabled\.$"));
        Assert.That(explain.ExitCode, Is.EqualTo(0));
        Assert.That(explain.Out, Does.StartWith("AZP3700559959 ACR_AdminAccountDisabled_AuditDeny: Container registries should have local admin account disabled."));
        Assert.That(explain.Out, Does.Contain("Online: https://portal.azure.com/"));
    }

    [Test]
    public void The_hardening_rules_run_with_ruleset_all()
    {
        var core = AcrLint.Run(Repository.Samples, "--root", Repository.Root);
        var all = AcrLint.Run(Repository.Samples, "--root", Repository.Root, "--ruleset", "all");

        Assert.That(core.Out, Does.Not.Contain("ACR011"));
        Assert.That(all.Out.Split('\n'), Does.Contain(
            "samples/arm/registry-public.json(32,29): error ACR011: Container registry 'contosopublicacr' enables the admin user: properties.adminUserEnabled is 'true'. "
            + "Set adminUserEnabled to false and grant access to Microsoft Entra identities with role assignments instead."));
        Assert.That(AcrLint.Run("rules", "--ruleset", "all").Out, Does.Contain("ACR016").And.Contain("hardening"));
    }

    [Test]
    public void Policy_options_are_repeatable()
    {
        var options = CommandLine.Parse(["x", "--policy", "a", "--policy=b", "--policy-params", "p.json", "--policy-params", "q.json"], out var error);

        Assert.That(error, Is.Null);
        Assert.That(options!.PolicyPaths, Is.EqualTo(new[] { "a", "b" }));
        Assert.That(options.PolicyParameterFiles, Is.EqualTo(new[] { "p.json", "q.json" }));
        Assert.That(CommandLine.Usage, Does.Contain("--policy FILE_OR_DIR").And.Contain("--policy-params FILE"));
    }
}
