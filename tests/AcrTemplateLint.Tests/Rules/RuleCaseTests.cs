using System.Collections.Immutable;
using AcrTemplateLint.Analysis;
using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Rules.Loading;
using AcrTemplateLint.Rules.Model;
using AcrTemplateLint.Tests.Support;

namespace AcrTemplateLint.Tests.Rules;

/// <summary>
/// Runs every test case that the rule files in rules/ carry, through the whole pipeline, and asserts the outcome, the
/// span marked with [| |] and, when the case gives one, the exact message.
/// </summary>
public sealed class RuleCaseTests
{
    private static readonly Lazy<ImmutableArray<Rule>> AllRules = new(() =>
    {
        var diagnostics = new DiagnosticBag();
        var rules = RuleLoader.LoadDirectory(Repository.Rules, Repository.Root, diagnostics);
        Assert.That(diagnostics.Items, Is.Empty, "the rule files must load cleanly");
        return rules;
    });

    public static IEnumerable<TestCaseData> Cases() =>
        AllRules.Value.SelectMany(rule => rule.Tests.Select(test =>
            new TestCaseData(rule.Id, test.Name).SetName($"{rule.Id}.{test.Language.ToString().ToLowerInvariant()}.{test.Name}")));

    [TestCaseSource(nameof(Cases))]
    public void Rule_case(string ruleId, string testName)
    {
        var rule = AllRules.Value.Single(r => r.Id == ruleId);
        var test = rule.Tests.Single(t => t.Name == testName);
        var (template, expectedSpan) = Markup.Parse(test.Template);
        using var directory = new TempDirectory();
        var fileName = test.Language == TemplateLanguage.Arm ? "test.json" : "test.bicep";
        directory.Write(fileName, template);

        var result = Analyzer.Analyze(new AnalysisOptions { Paths = [directory.Path], Root = directory.Path, Rules = [rule], Parallelism = 1 });

        Assert.That(result.Diagnostics.Where(d => d.Level == DiagnosticLevel.Error), Is.Empty, "the test template must be valid");
        var findings = result.Findings.Where(f => f.Rule.Id == ruleId).ToList();
        if (test.Expect == RuleOutcome.Pass)
        {
            Assert.That(findings, Is.Empty, "a passing case must produce no finding");
            return;
        }

        Assert.That(findings, Has.Count.EqualTo(1), string.Join("\n", findings.Select(f => f.Message)));
        var finding = findings[0];
        Assert.That(finding.Outcome, Is.EqualTo(test.Expect), finding.Message);
        Assert.That(expectedSpan, Is.Not.Null, "a failing or indeterminate case must mark the expected span with [| |]");
        var actual = finding.Location.Span;
        Assert.That(template.Substring(actual.Start, actual.Length), Is.EqualTo(template.Substring(expectedSpan!.Value.Start, expectedSpan.Value.Length)),
            $"finding at {finding.Location}: {finding.Message}");
        Assert.That(actual, Is.EqualTo(expectedSpan.Value));
        if (test.Message is { } message)
        {
            Assert.That(finding.Message, Is.EqualTo(message));
        }
    }
}
