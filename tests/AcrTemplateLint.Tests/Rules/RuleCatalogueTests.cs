using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Rules.Loading;
using AcrTemplateLint.Rules.Model;
using AcrTemplateLint.Tests.Support;

namespace AcrTemplateLint.Tests.Rules;

/// <summary>The rule files, their help pages, their test coverage and the embedded copies agree.</summary>
public sealed class RuleCatalogueTests
{
    private static readonly Lazy<IReadOnlyList<Rule>> Rules = new(() =>
    {
        var diagnostics = new DiagnosticBag();
        var rules = RuleLoader.LoadDirectory(Repository.Rules, Repository.Root, diagnostics);
        Assert.That(diagnostics.Items, Is.Empty);
        return rules;
    });

    public static IEnumerable<string> RuleIds() => Directory.EnumerateFiles(Repository.Rules, "*.yaml").Select(Path.GetFileNameWithoutExtension).Order()!;

    [TestCaseSource(nameof(RuleIds))]
    public void Rule_file_is_named_by_its_id_and_has_a_help_page(string fileName)
    {
        var rule = Rules.Value.Single(r => r.Source!.DisplayPath.EndsWith($"/{fileName}.yaml", StringComparison.Ordinal));

        Assert.That(rule.Id, Is.EqualTo(fileName));
        var help = Path.Combine(Repository.Root, "docs", "rules", $"{rule.Id}.md");
        Assert.That(File.Exists(help), Is.True, $"{help} is missing");
        Assert.That(File.ReadAllText(help), Does.StartWith($"# {rule.Id} {rule.Name}"));
    }

    [TestCaseSource(nameof(RuleIds))]
    public void Rule_has_enough_test_cases(string id)
    {
        var rule = Rules.Value.Single(r => r.Id == id);
        foreach (var language in new[] { TemplateLanguage.Arm, TemplateLanguage.Bicep })
        {
            var cases = rule.Tests.Where(t => t.Language == language).ToList();
            Assert.That(cases.Count(t => t.Expect == RuleOutcome.Fail), Is.GreaterThanOrEqualTo(3), $"{language} failing cases");
            Assert.That(cases.Count(t => t.Expect == RuleOutcome.Pass), Is.GreaterThanOrEqualTo(2), $"{language} passing cases");
            Assert.That(cases.Count(t => t.Expect == RuleOutcome.Indeterminate), Is.GreaterThanOrEqualTo(1), $"{language} indeterminate cases");
            Assert.That(cases.Select(t => t.Name), Is.Unique);
        }
    }

    [Test]
    public void The_embedded_rules_are_the_rule_files()
    {
        var embedded = RuleLoader.LoadBuiltIn(new DiagnosticBag());

        Assert.That(embedded.Select(r => r.Id), Is.EqualTo(Rules.Value.Select(r => r.Id)));
        Assert.That(embedded.Select(r => r.Checks.Length), Is.EqualTo(Rules.Value.Select(r => r.Checks.Length)));
    }

    [Test]
    public void Explain_prints_the_help_page()
    {
        var result = AcrLint.Run("explain", "acr004");

        Assert.That(result.ExitCode, Is.EqualTo(0));
        Assert.That(result.Out, Does.StartWith("# ACR004 TasksBypassOptIn"));
        Assert.That(result.Out, Does.Contain("Online: https://"));
    }
}
