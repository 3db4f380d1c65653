using System.Collections.Immutable;
using AcrTemplateLint.Analysis;
using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Rules.Loading;
using AcrTemplateLint.Rules.Model;
using AcrTemplateLint.Tests.Support;

namespace AcrTemplateLint.Tests.Rules;

/// <summary>
/// Our rules and their Azure Policy twins must agree: for each built-in definition in ../shared/corpus/azure-policy
/// that a rule mirrors, running the real definition and running the rule give the same verdict (fail, pass or
/// indeterminate) on every resource of every ARM test case the rule carries.
/// </summary>
public sealed class PolicyConsistencyTests
{
    /// <summary>Each rule and the definition (by name) it mirrors.</summary>
    private static readonly (string Rule, string Definition)[] Twins =
    [
        ("ACR001", "bd560fc0-3c69-498a-ae9f-aa8eb7de0e13"),
        ("ACR002", "d0793b48-0edc-4296-a390-4c75d1bdfd71"),
        ("ACR010", "524b0254-c285-4903-bee6-bb8126cde579"),
        ("ACR011", "dc921057-6b28-4fbe-9b83-f7bec05db6c2"),
        ("ACR012", "9f2dea28-e834-476c-99c5-3507b4728395"),
        ("ACR013", "42781ec6-6127-4c30-bdfa-fb423a0047d3"),
        ("ACR014", "5b9159ae-1701-4a6f-9a7a-aa9c8ddd0580"),
        ("ACR015", "9d2b0a20-57d6-474c-9d12-44a4a20999c6"),
        ("ACR016", "ff05e24e-195c-447e-b322-5e90c9f9f366"),
    ];

    /// <summary>Rules with a twin that cannot be compared on templates, and why.</summary>
    private static readonly Dictionary<string, string> Excluded = new()
    {
        ["ACR009"] =
            "Its twin e8eef0a8 counts the registry's approved privateEndpointConnections, read-only state that only the "
            + "deployed registry has, so on any template it is indeterminate; ACR009 instead looks for the private "
            + "endpoints the templates declare.",
    };

    private static readonly Lazy<ImmutableArray<Rule>> OurRules = new(() => RuleLoader.LoadDirectory(Repository.Rules, Repository.Root, new DiagnosticBag()));

    public static IEnumerable<TestCaseData> Cases() =>
        Twins.SelectMany(twin => OurRules.Value.Single(r => r.Id == twin.Rule).Tests
            .Where(t => t.Language == TemplateLanguage.Arm)
            .Select(t => new TestCaseData(twin.Rule, twin.Definition, t.Name).SetName($"{twin.Rule}~{twin.Definition[..8]}.{t.Name}")));

    [TestCaseSource(nameof(Cases))]
    public void The_definition_and_the_rule_agree_on_every_resource(string ruleId, string definition, string testName)
    {
        var policy = PolicyCorpus.Definition(definition);
        var rule = OurRules.Value.Single(r => r.Id == ruleId);
        var test = rule.Tests.Single(t => t.Name == testName);
        var template = Markup.Parse(test.Template).Text;

        var ours = Verdicts(rule, template);
        var theirs = Verdicts(policy, template);

        Assert.That(theirs, Is.EqualTo(ours), $"{policy.Id} ({policy.Title}) against {ruleId}");
        Assert.That(ours.Values, test.Expect == RuleOutcome.Pass ? Has.All.EqualTo(RuleOutcome.Pass) : Has.Some.EqualTo(test.Expect),
            "the rule's own verdict is the one its test case expects");
    }

    [Test]
    public void Every_rule_with_an_azure_policy_twin_is_compared_or_excluded_with_a_reason()
    {
        var withTwin = OurRules.Value.Where(r => r.PolicyId is not null).Select(r => r.Id).Order().ToList();

        Assert.That(withTwin, Is.EquivalentTo(Twins.Select(t => t.Rule).Concat(Excluded.Keys)));
        Assert.That(Twins.Select(t => OurRules.Value.Single(r => r.Id == t.Rule).PolicyId), Is.EqualTo(Twins.Select(t => t.Definition)),
            "each pair is the twin the rule file names");
        foreach (var (rule, definition) in Twins)
        {
            var cases = OurRules.Value.Single(r => r.Id == rule).Tests.Count(t => t.Language == TemplateLanguage.Arm);
            TestContext.Out.WriteLine($"{rule} ~ {definition}: {cases} ARM cases compared");
        }
    }

    [Test]
    public void The_excluded_twin_is_indeterminate_on_every_template()
    {
        var policy = PolicyCorpus.Definition("e8eef0a8");
        var rule = OurRules.Value.Single(r => r.Id == "ACR009");

        foreach (var test in rule.Tests.Where(t => t.Language == TemplateLanguage.Arm))
        {
            var verdicts = Verdicts(policy, Markup.Parse(test.Template).Text);
            Assert.That(verdicts.Values, Has.All.EqualTo(RuleOutcome.Indeterminate), test.Name);
        }
    }

    /// <summary>The verdict on each deployed resource the rule applies to, by resource identity.</summary>
    private static Dictionary<string, RuleOutcome> Verdicts(Rule rule, string template)
    {
        using var directory = new TempDirectory();
        directory.Write("test.json", template);
        var result = Analyzer.Analyze(new AnalysisOptions { Paths = [directory.Path], Root = directory.Path, Rules = [rule], Parallelism = 1 }, keepGraphs: true);
        Assert.That(result.Diagnostics.Where(d => d.Level == DiagnosticLevel.Error), Is.Empty);

        var verdicts = result.Graphs.SelectMany(g => g.Resources)
            .Where(r => !r.IsExisting && rule.AppliesTo(r.Type))
            .Select(r => r.Identity)
            .Distinct()
            .ToDictionary(identity => identity, _ => RuleOutcome.Pass);
        foreach (var finding in result.Findings)
        {
            verdicts[finding.ResourceIdentity] = finding.Outcome == RuleOutcome.Fail || verdicts.GetValueOrDefault(finding.ResourceIdentity) == RuleOutcome.Fail
                ? RuleOutcome.Fail
                : RuleOutcome.Indeterminate;
        }

        return verdicts;
    }
}
