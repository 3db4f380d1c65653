using AcrTemplateLint.Tests.Support;

namespace AcrTemplateLint.Tests.Cli;

public sealed class CommandLineTests
{
    private const string Compliant = """
        {
          "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
          "contentVersion": "1.0.0.0",
          "resources": [
            {
              "type": "Microsoft.ContainerRegistry/registries",
              "apiVersion": "2023-07-01",
              "name": "ok",
              "sku": { "name": "Premium" },
              "properties": { "networkRuleSet": { "defaultAction": "Deny" }, "networkRuleBypassOptions": "None" }
            }
          ]
        }
        """;

    private static string Failing => Compliant.Replace("\"Deny\"", "\"Allow\"");

    [Test]
    public void Exit_code_0_when_nothing_fails()
    {
        using var directory = new TempDirectory();
        directory.Write("good.json", Compliant);

        var result = AcrLint.Run(directory.Path, "--root", directory.Path);

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Out + result.Error);
        Assert.That(result.Out, Is.Empty);
    }

    [Test]
    public void Exit_code_1_for_findings_at_or_above_fail_on_and_0_below_it()
    {
        using var directory = new TempDirectory();
        directory.Write("bad.json", Failing);

        Assert.That(AcrLint.Run(directory.Path, "--root", directory.Path).ExitCode, Is.EqualTo(1));
        Assert.That(AcrLint.Run(directory.Path, "--root", directory.Path, "--fail-on", "never").ExitCode, Is.EqualTo(0));
    }

    [TestCase("--format", "xml")]
    [TestCase("--no-such-option")]
    [TestCase("--output")]
    public void Exit_code_2_for_usage_errors(params string[] args)
    {
        var result = AcrLint.Run(args);

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Does.StartWith("acrlint: "));
    }

    [Test]
    public void Exit_code_2_for_a_path_that_does_not_exist()
    {
        var result = AcrLint.Run("/no/such/path/anywhere", "--format", "text");

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Out, Does.Contain("error ATL5001: The path '/no/such/path/anywhere' does not exist."));
    }

    [Test]
    public void Malformed_JSON_is_a_positioned_diagnostic_and_the_other_files_are_still_analysed()
    {
        using var directory = new TempDirectory();
        directory.Write("a-broken.json", "{\n  \"$schema\": \"https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#\",\n  \"resources\": [ { \"type\": } ]\n}");
        directory.Write("b-bad.json", Failing);

        var result = AcrLint.Run(directory.Path, "--root", directory.Path);

        Assert.That(result.ExitCode, Is.EqualTo(1));
        var lines = result.Out.TrimEnd('\n').Split('\n');
        Assert.That(lines[0], Is.EqualTo("a-broken.json(3,28): error ATL2001: Invalid JSON: unexpected '}'; expected a value."));
        Assert.That(lines[1], Does.StartWith("b-bad.json(10,60): error ACR002: "));
    }

    [Test]
    public void JSON_that_is_not_a_template_is_skipped_silently()
    {
        using var directory = new TempDirectory();
        var package = directory.Write("package.json", "{ \"name\": \"x\" ");

        var result = AcrLint.Run(package, "--root", directory.Path);

        Assert.That(result.ExitCode, Is.EqualTo(0));
        Assert.That(result.Out, Is.Empty);
    }

    [Test]
    public void Rules_lists_the_catalogue_and_explain_unknown_rule_is_a_usage_error()
    {
        Assert.That(AcrLint.Run("rules").Out, Does.Contain("ACR002"));
        var explain = AcrLint.Run("explain", "ACR999");
        Assert.That(explain.ExitCode, Is.EqualTo(2));
        Assert.That(explain.Error, Is.EqualTo("acrlint: there is no rule 'ACR999' (acrlint rules lists them)\n"));
    }
}
