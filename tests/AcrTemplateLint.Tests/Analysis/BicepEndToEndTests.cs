using System.Text.Json;
using AcrTemplateLint.Tests.Support;

namespace AcrTemplateLint.Tests.Analysis;

/// <summary>
/// Bicep templates through the whole command: findings point at Bicep lines and columns (inside modules too) with
/// the parameter and module call site as related locations; parameter files pair with their template; modules are
/// analysed through their callers; Bicep pragmas suppress; `acrlint graph` shows Bicep spans.
/// </summary>
public sealed class BicepEndToEndTests
{
    private const string RegistryModule = """
        param name string
        param access string
        resource acr 'Microsoft.ContainerRegistry/registries@2025-11-01' = {
          name: name
          location: 'westeurope'
          sku: { name: 'Premium' }
          properties: {
            publicNetworkAccess: access
            networkRuleBypassOptions: 'None'
          }
        }
        output id string = acr.id
        """;

    private const string Main = """
        param publicAccess string = 'Enabled'
        module registry 'modules/registry.bicep' = {
          name: 'registry'
          params: {
            name: 'acr1'
            access: publicAccess
          }
        }
        """;

    [Test]
    public void A_finding_in_a_module_points_into_the_module_with_the_parameter_and_call_site_related()
    {
        using var folder = new TempDirectory();
        folder.Write("main.bicep", Main);
        folder.Write("modules/registry.bicep", RegistryModule);

        var run = AcrLint.Run(folder.Path, "--root", folder.Path, "--format", "sarif");
        var sarif = JsonDocument.Parse(run.Out);

        var result = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "ACR002");
        var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.That(location.GetProperty("artifactLocation").GetProperty("uri").GetString(), Is.EqualTo("modules/registry.bicep"));
        var region = location.GetProperty("region");
        Assert.That((region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32(), region.GetProperty("endColumn").GetInt32()), Is.EqualTo((8, 26, 32)));
        var related = result.GetProperty("relatedLocations").EnumerateArray()
            .Select(r => (Text: r.GetProperty("message").GetProperty("text").GetString(), Uri: r.GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString(), Line: r.GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32()))
            .ToList();
        Assert.That(related, Does.Contain(("parameter 'access' declared here", "modules/registry.bicep", 2)));
        Assert.That(related, Does.Contain(("value passed by module 'registry'", "main.bicep", 6)));
        Assert.That(related, Does.Contain(("default value of parameter 'publicAccess'", "main.bicep", 1)));
        Assert.That(related, Does.Contain(("module 'registry'", "main.bicep", 2)));
        Assert.That(run.ExitCode, Is.EqualTo(1));
    }

    [Test]
    public void A_module_is_analysed_through_its_caller_only_unless_named_on_the_command_line()
    {
        using var folder = new TempDirectory();
        folder.Write("main.bicep", Main);
        var module = folder.Write("modules/registry.bicep", RegistryModule);

        var throughCaller = AcrLint.Run(folder.Path, "--root", folder.Path, "--format", "text");
        var alone = AcrLint.Run(module, "--root", folder.Path, "--format", "text");

        // Through main.bicep, 'Enabled' is known, so ACR002 fails; alone, the parameter has no value.
        Assert.That(throughCaller.Out, Does.Contain("modules/registry.bicep(8,26): error ACR002"));
        Assert.That(throughCaller.Out, Does.Not.Contain("info ACR002"));
        Assert.That(alone.Out, Does.Contain("modules/registry.bicep(8,26): info ACR002").And.Contain("parameter 'access'"));
    }

    [Test]
    public void A_bicepparam_file_is_the_parameter_set_of_the_template_its_using_names()
    {
        using var folder = new TempDirectory();
        folder.Write("main.bicep", Main.Replace("param publicAccess string = 'Enabled'", "param publicAccess string", StringComparison.Ordinal));
        folder.Write("modules/registry.bicep", RegistryModule);
        folder.Write("prod.bicepparam", "using 'main.bicep'\nvar disabled = 'Disabled'\nparam publicAccess = disabled\n");
        folder.Write("dev.bicepparam", "using './main.bicep'\nparam publicAccess = 'Enabled'\n");

        var result = AcrLint.Run(folder.Path, "--root", folder.Path, "--format", "json");
        var findings = JsonDocument.Parse(result.Out).RootElement.GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("ruleId").GetString() == "ACR002").ToList();

        var finding = findings.Single();
        Assert.That(finding.GetProperty("parameterSets").EnumerateArray().Select(s => s.GetString()), Is.EqualTo(new[] { "dev.bicepparam" }));
        Assert.That(result.Out, Does.Not.Contain("no parameter-file value"), "a template with parameter files is not analysed with bare defaults");
    }

    [Test]
    public void A_bicepparam_file_named_alone_is_analysed_with_its_template()
    {
        using var folder = new TempDirectory();
        folder.Write("main.bicep", Main.Replace("param publicAccess string = 'Enabled'", "param publicAccess string", StringComparison.Ordinal));
        folder.Write("modules/registry.bicep", RegistryModule);
        var parameters = folder.Write("dev.bicepparam", "using './main.bicep'\nparam publicAccess = 'Enabled'\n");

        var result = AcrLint.Run(parameters, "--root", folder.Path, "--format", "text");

        Assert.That(result.Out, Does.Contain("modules/registry.bicep(8,26): error ACR002").And.Contain("[with dev.bicepparam]"));
    }

    [Test]
    public void X_parameters_json_beside_X_bicep_is_a_parameter_set_as_azd_uses_it()
    {
        using var folder = new TempDirectory();
        folder.Write("main.bicep", Main.Replace("param publicAccess string = 'Enabled'", "param publicAccess string", StringComparison.Ordinal));
        folder.Write("modules/registry.bicep", RegistryModule);
        folder.Write("main.parameters.json", """
            { "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#", "parameters": { "publicAccess": { "value": "Enabled" } } }
            """);

        var result = AcrLint.Run(folder.Path, "--root", folder.Path, "--format", "text");

        Assert.That(result.Out, Does.Contain("modules/registry.bicep(8,26): error ACR002"));
    }

    [Test]
    public void Bicep_pragmas_suppress_rule_findings_and_leave_Bicep_codes_alone()
    {
        using var folder = new TempDirectory();
        folder.Write("main.bicep", """
            #disable-next-line no-unused-params
            param unused string = 'x'
            resource acr 'Microsoft.ContainerRegistry/registries@2025-11-01' = {
              name: 'acr1'
              sku: { name: 'Premium' }
              properties: {
                #disable-next-line ACR002 BCP081 // a public demo registry
                publicNetworkAccess: 'Enabled'
              }
            }
            #disable-diagnostics ACR001 ACR005
            resource basic 'Microsoft.ContainerRegistry/registries@2025-11-01' = {
              name: 'acr2'
              sku: { name: 'Basic' }
              properties: { publicNetworkAccess: 'Disabled' }
            }
            #restore-diagnostics ACR001 ACR005
            """);

        var result = AcrLint.Run(folder.Path, "--root", folder.Path, "--format", "text");

        Assert.That(result.Out, Does.Not.Contain("ACR002:").And.Not.Contain("error ACR001"));
        Assert.That(result.Out, Does.Contain("warning ATL5203: The suppression of ACR001 gives no reason"));
        Assert.That(result.Out, Does.Contain("warning ATL5201: The suppression of ACR005 matches no finding"));
        Assert.That(result.Out, Does.Not.Contain("no-unused-params").And.Not.Contain("BCP081"));
    }

    [Test]
    public void A_folder_with_only_Bicep_files_is_not_reported_as_empty()
    {
        using var folder = new TempDirectory();
        folder.Write("main.bicep", "param x string = 'y'\n");

        var result = AcrLint.Run(folder.Path, "--root", folder.Path, "--format", "text");

        Assert.That(result.Out, Does.Not.Contain("ATL5004"));
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void The_graph_command_prints_Bicep_graphs_with_Bicep_spans()
    {
        using var folder = new TempDirectory();
        folder.Write("main.bicep", Main);
        folder.Write("modules/registry.bicep", RegistryModule);

        var graph = JsonDocument.Parse(AcrLint.Run("graph", folder.Path, "--root", folder.Path).Out).RootElement.EnumerateArray().Single();

        Assert.That(graph.GetProperty("file").GetString(), Is.EqualTo("main.bicep"));
        var registry = graph.GetProperty("resources").EnumerateArray().Single(r => r.GetProperty("type").GetString() == "Microsoft.ContainerRegistry/registries");
        Assert.That(registry.GetProperty("source").GetString(), Is.EqualTo("modules/registry.bicep:3:1"));
        Assert.That(registry.GetProperty("symbolicName").GetString(), Is.EqualTo("acr"));
        Assert.That(registry.GetProperty("modulePath")[0].GetProperty("at").GetString(), Is.EqualTo("main.bicep:2:1"));
        Assert.That(registry.GetProperty("body").GetProperty("properties").GetProperty("publicNetworkAccess").GetString(), Is.EqualTo("Enabled"));
    }

    [Test]
    public void A_module_path_outside_the_root_is_read_only_with_allow_outside_root()
    {
        using var folder = new TempDirectory();
        folder.Write("outside/registry.bicep", RegistryModule);
        folder.Write("repo/main.bicep", Main.Replace("modules/registry.bicep", "../outside/registry.bicep", StringComparison.Ordinal));
        var repo = Path.Combine(folder.Path, "repo");

        var refused = AcrLint.Run(repo, "--root", repo, "--format", "text");
        var allowed = AcrLint.Run(repo, "--root", repo, "--format", "text", "--allow-outside-root");

        Assert.That(refused.Out, Does.Contain("main.bicep(2,17): error ATL1211").And.Not.Contain("ACR002"));
        Assert.That(allowed.Out, Does.Not.Contain("ATL1211").And.Contain("error ACR002"));
    }

    [Test]
    public void A_symbolic_link_that_leaves_the_root_is_refused()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("creating symbolic links needs privileges on Windows");
        }

        using var folder = new TempDirectory();
        folder.Write("outside/registry.bicep", RegistryModule);
        folder.Write("repo/main.bicep", Main);
        Directory.CreateSymbolicLink(Path.Combine(folder.Path, "repo", "modules"), Path.Combine(folder.Path, "outside"));
        var repo = Path.Combine(folder.Path, "repo");

        var result = AcrLint.Run(Path.Combine(repo, "main.bicep"), "--root", repo, "--format", "text");

        Assert.That(result.Out, Does.Contain("error ATL1211").And.Contain("outside the scanned root"));
    }

    [Test]
    public void An_ARM_linked_template_outside_the_root_is_refused_too()
    {
        using var folder = new TempDirectory();
        folder.Write("outside/linked.json", """{ "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", "resources": [] }""");
        folder.Write("repo/main.json", """
            {
              "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
              "resources": [ { "type": "Microsoft.Resources/deployments", "apiVersion": "2022-09-01", "name": "linked",
                "properties": { "mode": "Incremental", "templateLink": { "relativePath": "../outside/linked.json" } } } ]
            }
            """);
        var repo = Path.Combine(folder.Path, "repo");

        var result = AcrLint.Run(repo, "--root", repo, "--format", "text");

        Assert.That(result.Out, Does.Contain("error ATL2213"));
    }
}
