using AcrTemplateLint.Analysis;
using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Evaluation.Values;
using AcrTemplateLint.Rules.Loading;
using AcrTemplateLint.Rules.Model;
using AcrTemplateLint.Tests.Support;

namespace AcrTemplateLint.Tests.Rules;

/// <summary>
/// Every registry (and task) that the real-world ACR templates deploy gets a verdict from every core rule, with no
/// tool fault; the counts of fail, pass and indeterminate per rule are printed for the record.
/// </summary>
public sealed class CorpusVerdictTests
{
    [Test]
    public void Every_core_rule_decides_on_every_registry_in_acr_real()
    {
        var corpus = Repository.RequireCorpus("acr-real");
        var rules = RuleLoader.LoadBuiltIn(new DiagnosticBag()).Where(r => r.Ruleset == "core").ToList();
        var result = Analyzer.Analyze(new AnalysisOptions { Paths = [corpus], Root = corpus, Rules = [.. rules] }, keepGraphs: true);

        Assert.That(result.Diagnostics.Where(d => d.Code == AnalysisDiagnostics.InternalErrorCode), Is.Empty, "no file may make acrlint fail");
        var resources = result.Graphs
            .SelectMany(g => g.Resources.Where(r => !r.IsExisting && r.Condition is not BooleanValue { Value: false }))
            .Select(r => (r.Type, r.Identity, File: r.Declaration.File.DisplayPath))
            .Distinct()
            .ToList();
        Assert.That(resources.Count(r => r.Type == "Microsoft.ContainerRegistry/registries"), Is.GreaterThan(20), "the corpus deploys registries");

        TestContext.Out.WriteLine($"{"rule",-7} {"checked",8} {"fail",6} {"pass",6} {"indeterminate",14}");
        foreach (var rule in rules)
        {
            var checkedResources = resources.Where(r => rule.ResourceTypes.Any(t => string.Equals(t, r.Type, StringComparison.OrdinalIgnoreCase))).ToList();
            var findings = result.Findings.Where(f => f.Rule.Id == rule.Id).ToList();
            // A finding sits in the file that declares its resource (values are reported at their use site).
            var failed = findings.Where(f => f.Outcome == RuleOutcome.Fail).Select(f => (f.Location.File.DisplayPath, f.ResourceIdentity)).ToHashSet();
            var open = findings.Where(f => f.IsIndeterminate).Select(f => (f.Location.File.DisplayPath, f.ResourceIdentity)).Where(id => !failed.Contains(id)).ToHashSet();
            var identities = checkedResources.Select(r => (r.File, r.Identity)).ToHashSet();
            // An indeterminate result may sit in another file: where the Unknown it depends on is used (a Bicep
            // module's condition that reads another module's output).
            Assert.That(failed.Concat(open).Select(f => f.ResourceIdentity), Is.SubsetOf(identities.Select(i => i.Identity)), $"{rule.Id} reported on a resource that is not in the graphs");
            TestContext.Out.WriteLine($"{rule.Id,-7} {identities.Count,8} {failed.Count,6} {identities.Count - failed.Count - open.Count,6} {open.Count,14}");
        }
    }
}
