using System.Collections.Immutable;
using AcrTemplateLint.Analysis;
using AcrTemplateLint.Configuration;
using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Evaluation.Values;
using AcrTemplateLint.Rules.Engine;
using AcrTemplateLint.Rules.Loading;
using AcrTemplateLint.Rules.Model;
using AcrTemplateLint.Tests.Support;

namespace AcrTemplateLint.Tests.Rules;

/// <summary>Engine behaviour that single-file rule cases cannot show: files that refer to each other, settings.</summary>
public sealed class RuleEngineTests
{
    private static readonly ImmutableArray<Rule> Core = RuleLoader.LoadDirectory(Repository.Rules, Repository.Root, new DiagnosticBag());

    private const string Registry = """
        {
          "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
          "contentVersion": "1.0.0.0",
          "resources": [
            { "type": "Microsoft.ContainerRegistry/registries", "apiVersion": "2025-11-01", "name": "sharedacr", "location": "westeurope",
              "sku": { "name": "Premium" }, "properties": { "publicNetworkAccess": "Disabled", "networkRuleBypassOptions": "AzureServices" } }
          ]
        }
        """;

    private const string Task = """
        {
          "$schema": "https://schema.management.azure.com/schemas/2022-09-01/deploymentTemplate.json#",
          "languageVersion": "2.0",
          "contentVersion": "1.0.0.0",
          "resources": {
            "registry": { "existing": true, "type": "Microsoft.ContainerRegistry/registries", "apiVersion": "2025-11-01", "name": "sharedacr" },
            "task": {
              "type": "Microsoft.ContainerRegistry/registries/tasks", "apiVersion": "2019-06-01-preview", "name": "sharedacr/build", "location": "westeurope",
              "identity": { "type": "SystemAssigned" }, "properties": { "platform": { "os": "Linux" } }
            }
          }
        }
        """;

    [Test]
    public void A_task_finds_its_existing_registry_declared_in_another_file()
    {
        using var directory = new TempDirectory();
        directory.Write("registry.json", Registry);
        directory.Write("task.json", Task);

        var result = Analyze(directory, "ACR004");

        var finding = result.Findings.Single();
        Assert.That(finding.Outcome, Is.EqualTo(RuleOutcome.Fail));
        Assert.That(finding.Location.File.DisplayPath, Is.EqualTo("task.json"));
        Assert.That(finding.Message, Does.Contain("registry 'sharedacr' restricts network access"));
        Assert.That(finding.Related.Select(h => (h.Description, h.Location.File.DisplayPath)),
            Does.Contain(("registry 'sharedacr' declared here", "registry.json")));
    }

    [Test]
    public void A_task_decided_with_another_files_registry_keeps_its_place_and_its_files_diagnostics()
    {
        // The task's template is analysed again once every file's registries are known (its graph is not kept in
        // between): the finding keeps its place, and the template's own diagnostic is reported once.
        using var directory = new TempDirectory();
        directory.Write("registry.json", Registry);
        directory.Write("task.json", Task.Replace("\"contentVersion\": \"1.0.0.0\",", "\"contentVersion\": \"1.0.0.0\", \"contentVersion\": \"1.0.0.1\","));

        var result = Analyze(directory, "ACR004");

        var finding = result.Findings.Single();
        Assert.That((finding.Outcome, finding.Location.File.DisplayPath, finding.Location.Start.Line + 1), Is.EqualTo((RuleOutcome.Fail, "task.json", 9)), "at the identity the check points to");
        Assert.That(result.Diagnostics.Select(d => (d.Code, d.Path, d.Location?.Start.Line + 1)), Is.EqualTo(new[] { ("ATL2005", "task.json", (int?)4) }));
    }

    [Test]
    public void A_task_finding_relates_the_registry_and_its_explicit_opt_out()
    {
        using var directory = new TempDirectory();
        directory.Write("main.bicep", """
            resource acr 'Microsoft.ContainerRegistry/registries@2025-11-01' = {
              name: 'contosoacr'
              location: 'westeurope'
              sku: { name: 'Premium' }
              properties: {
                publicNetworkAccess: 'Disabled'
                networkRuleBypassAllowedForTasks: false
              }
            }

            resource task 'Microsoft.ContainerRegistry/registries/tasks@2019-06-01-preview' = {
              parent: acr
              name: 'build'
              location: 'westeurope'
              identity: { type: 'SystemAssigned' }
              properties: { platform: { os: 'Linux' } }
            }
            """);

        var finding = Analyze(directory, "ACR004").Findings.Single();

        Assert.That(finding.Location.Start.Line + 1, Is.EqualTo(15));
        Assert.That(finding.Related.Select(h => (h.Description, h.Location.Start.Line + 1)), Is.EqualTo(new[]
        {
            ("registry 'contosoacr' declared here", 1),
            ("properties.networkRuleBypassAllowedForTasks of registry 'contosoacr'", 7),
        }));
    }

    [Test]
    public void The_same_task_alone_is_indeterminate_and_says_what_it_depends_on()
    {
        using var directory = new TempDirectory();
        directory.Write("task.json", Task);

        var finding = Analyze(directory, "ACR004").Findings.Single();

        Assert.That(finding.Outcome, Is.EqualTo(RuleOutcome.Indeterminate));
        Assert.That(finding.Message, Does.EndWith("depends on registry 'sharedacr', which is not declared in the analysed files (task.json:6)."));
    }

    [Test]
    public void Rule_parameters_and_effects_can_be_overridden()
    {
        using var directory = new TempDirectory();
        directory.Write("registry.json", Registry);
        var settings = new AcrlintConfig
        {
            Rules =
            [
                new RuleConfig("acr003", RuleEffect.Deny, ImmutableDictionary<string, Value>.Empty),
                new RuleConfig("ACR003", null, ImmutableDictionary<string, Value>.Empty.Add("allowedBypassOptions", new ArrayValue([new StringValue("None")]))),
            ],
        }.ToSettings();
        var rule = Core.Single(r => r.Id == "ACR003");
        var resource = LoadGraph(directory, "registry.json");

        var verdicts = new RuleEngine([rule], settings).Evaluate(resource).Select(v => FindingBuilder.Build(v, FindingLevel.Note)).OfType<Finding>().ToList();
        var defaults = new RuleEngine([rule]).Evaluate(resource).Where(v => v.Outcome != RuleOutcome.Pass).ToList();

        Assert.That(defaults, Is.Empty, "AzureServices is allowed by default");
        var finding = verdicts.Single();
        Assert.That((finding.Check, finding.Level), Is.EqualTo(("not-allowed", FindingLevel.Error)));
    }

    private static AnalysisResult Analyze(TempDirectory directory, string ruleId) =>
        Analyzer.Analyze(new AnalysisOptions { Paths = [directory.Path], Root = directory.Path, Rules = [Core.Single(r => r.Id == ruleId)], Parallelism = 2 });

    private static AcrTemplateLint.Graph.ResourceGraph LoadGraph(TempDirectory directory, string file)
    {
        var result = Analyzer.Analyze(new AnalysisOptions { Paths = [Path.Combine(directory.Path, file)], Root = directory.Path, Rules = [] }, keepGraphs: true);
        return result.Graphs.Single();
    }
}
