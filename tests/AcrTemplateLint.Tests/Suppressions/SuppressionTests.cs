using AcrTemplateLint.Tests.Support;

namespace AcrTemplateLint.Tests.Suppressions;

/// <summary>Configuration, suppressions and baselines, through the command line as a user runs them.</summary>
public sealed class SuppressionTests
{
    // ACR002 fails at "Enabled"; everything else about the registry is fine.
    private const string Open = """
        {
          "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
          "contentVersion": "1.0.0.0",
          "resources": [
            {
              "type": "Microsoft.ContainerRegistry/registries",
              "apiVersion": "2025-11-01",
              "name": "openacr",
              "sku": { "name": "Premium" },
              METADATA
              "properties": { "publicNetworkAccess": "Enabled" }
            }
          ]
        }
        """;

    private static string Template(string metadata = "") => Open.Replace("METADATA", metadata);

    [Test]
    public void ARM_metadata_suppresses_a_finding_and_include_suppressed_shows_it_in_SARIF()
    {
        using var directory = new TempDirectory();
        directory.Write("infra/acr.json", Template("""
            "metadata": { "acrlint": { "suppress": [ { "id": "ACR002", "justification": "Public by design: a demo registry." } ] } },
            """));

        var plain = AcrLint.Run(directory.Path, "--root", directory.Path);
        var sarif = AcrLint.Run(directory.Path, "--root", directory.Path, "--format", "sarif", "--include-suppressed");

        Assert.That((plain.ExitCode, plain.Out), Is.EqualTo((0, "")));
        Assert.That(sarif.Out, Does.Contain("\"suppressions\": [").And.Contain("\"kind\": \"inSource\"").And.Contain("\"justification\": \"Public by design: a demo registry.\""));
    }

    [Test]
    public void An_unused_suppression_is_reported_where_it_is_written()
    {
        using var directory = new TempDirectory();
        directory.Write("acr.json", Template("""
            "metadata": { "acrlint": { "suppress": [ "ACR002: demo", "ACR005: not needed" ] } },
            """));

        var result = AcrLint.Run(directory.Path, "--root", directory.Path);

        Assert.That(result.ExitCode, Is.EqualTo(0));
        Assert.That(result.Out, Is.EqualTo("acr.json(10,64): warning ATL5201: The suppression of ACR005 matches no finding; remove it.\n"));
    }

    [Test]
    public void Configuration_is_found_above_the_scanned_path_and_changes_effects()
    {
        using var directory = new TempDirectory();
        directory.Write(".acrlint.yaml", "rules:\n  ACR002: audit\n");
        directory.Write("infra/acr.json", Template());

        var result = AcrLint.Run(Path.Combine(directory.Path, "infra"), "--root", directory.Path);

        Assert.That(result.ExitCode, Is.EqualTo(0), "warnings do not fail with --fail-on error");
        Assert.That(result.Out, Does.StartWith("infra/acr.json(11,46): warning ACR002: "));
    }

    [Test]
    public void Configuration_suppressions_match_by_path_glob_and_stop_when_they_expire()
    {
        using var directory = new TempDirectory();
        directory.Write("legacy/acr.json", Template());
        directory.Write(".acrlint.yaml", """
            suppressions:
              - id: ACR002
                path: legacy/**
                justification: Legacy registry, replaced in Q3.
                expires: 2020-01-01
            """);

        var expired = AcrLint.Run(directory.Path, "--root", directory.Path);
        File.WriteAllText(Path.Combine(directory.Path, ".acrlint.yaml"), File.ReadAllText(Path.Combine(directory.Path, ".acrlint.yaml")).Replace("2020-01-01", "2999-01-01"));
        var valid = AcrLint.Run(directory.Path, "--root", directory.Path);

        Assert.That(expired.ExitCode, Is.EqualTo(1));
        Assert.That(expired.Out, Does.Contain(".acrlint.yaml(2,5): warning ATL5202: The suppression of ACR002 expired on 2020-01-01"));
        Assert.That(expired.Out, Does.Contain("legacy/acr.json(11,46): error ACR002"));
        Assert.That((valid.ExitCode, valid.Out), Is.EqualTo((0, "")));
    }

    [Test]
    public void Excluded_paths_are_not_analysed()
    {
        using var directory = new TempDirectory();
        directory.Write(".acrlint.yaml", "exclude:\n  - generated/**\n");
        directory.Write("generated/acr.json", Template());

        var result = AcrLint.Run(directory.Path, "--root", directory.Path);

        Assert.That(result.ExitCode, Is.EqualTo(0));
        Assert.That(result.Out, Is.Empty);
    }

    [TestCase("rules:\n  ACR999: deny\n", ".acrlint.yaml(2,3): error ATL5104: The configuration names rule 'ACR999', which does not exist")]
    [TestCase("rules:\n  ACR003:\n    parameters:\n      allowed: [None]\n", ".acrlint.yaml(4,7): error ATL5106: Rule ACR003 has no parameter 'allowed' (its parameters: allowedBypassOptions).")]
    [TestCase("suppressions:\n  - id: ACR002\n    path: '**'\n", ".acrlint.yaml(2,5): error ATL5105: A suppression needs a 'justification'")]
    [TestCase("rule:\n  ACR002: deny\n", ".acrlint.yaml(1,1): error ATL5102: Unknown key 'rule' in the configuration")]
    public void A_broken_configuration_stops_the_run_with_a_positioned_message(string yaml, string message)
    {
        using var directory = new TempDirectory();
        directory.Write(".acrlint.yaml", yaml);
        directory.Write("acr.json", Template());

        var result = AcrLint.Run(directory.Path, "--root", directory.Path);

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Does.StartWith(message));
    }

    [Test]
    public void A_baseline_accepts_existing_findings_across_line_moves_and_new_ones_still_fail()
    {
        using var directory = new TempDirectory();
        var template = directory.Write("acr.json", Template());
        var baseline = Path.Combine(directory.Path, "acrlint.baseline.json");
        var write = AcrLint.Run(directory.Path, "--root", directory.Path, "--write-baseline", baseline);

        File.WriteAllText(template, "\n\n\n" + Template());
        var moved = AcrLint.Run(directory.Path, "--root", directory.Path, "--baseline", baseline);
        File.WriteAllText(template, Template().Replace("\"Premium\"", "\"Standard\""));
        var worse = AcrLint.Run(directory.Path, "--root", directory.Path, "--baseline", baseline);

        Assert.That(write.ExitCode, Is.EqualTo(1));
        Assert.That(File.ReadAllText(baseline), Does.Contain("\"ruleId\": \"ACR002\"").And.Contain("\"resource\": \"Microsoft.ContainerRegistry/registries/openacr\""));
        Assert.That((moved.ExitCode, moved.Out), Is.EqualTo((0, "")));
        Assert.That(worse.ExitCode, Is.EqualTo(1));
        Assert.That(worse.Out, Does.Contain("error ACR001").And.Not.Contain("ACR002"));
    }

    [Test]
    public void Fingerprints_do_not_change_when_lines_move()
    {
        using var directory = new TempDirectory();
        var template = directory.Write("acr.json", Template());
        var before = AcrLint.Run(directory.Path, "--root", directory.Path, "--format", "sarif").Out;
        File.WriteAllText(template, "// a comment\n\n" + Template());
        var after = AcrLint.Run(directory.Path, "--root", directory.Path, "--format", "sarif").Out;

        static string Fingerprint(string sarif) => System.Text.RegularExpressions.Regex.Match(sarif, "\"acrlint/v1\": \"([0-9a-f]+)\"").Groups[1].Value;
        Assert.That(Fingerprint(before), Is.Not.Empty);
        Assert.That(Fingerprint(after), Is.EqualTo(Fingerprint(before)));
        Assert.That(after, Does.Contain("\"startLine\": 13"));
    }
}
