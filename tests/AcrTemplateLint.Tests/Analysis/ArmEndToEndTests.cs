using System.Text.Json;
using AcrTemplateLint.Tests.Support;

namespace AcrTemplateLint.Tests.Analysis;

/// <summary>ARM templates through the whole command: Unknowns reaching rules, parameter files, the graph command.</summary>
public sealed class ArmEndToEndTests
{
    private const string Schema = "\"$schema\": \"https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#\"";

    private const string ParametersSchema = "\"$schema\": \"https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#\"";

    private static readonly string RegistryWithParameter = $$"""
        {
          {{Schema}},
          "parameters": { "publicAccess": { "type": "string" } },
          "resources": [ {
            "type": "Microsoft.ContainerRegistry/registries", "apiVersion": "2023-07-01", "name": "acr",
            "sku": { "name": "Premium" },
            "properties": { "publicNetworkAccess": "[parameters('publicAccess')]" }
          } ]
        }
        """;

    [Test]
    public void A_parameter_without_value_makes_ACR002_indeterminate_naming_the_parameter()
    {
        using var folder = new TempDirectory();
        folder.Write("main.json", RegistryWithParameter);

        var result = AcrLint.Run(folder.Path, "--root", folder.Path, "--format", "text");

        Assert.That(result.Out.Split('\n').Single(line => line.Contains("ACR002", StringComparison.Ordinal)), Is.EqualTo(
            "main.json(7,46): info ACR002: Cannot decide whether 'acr' complies: properties.publicNetworkAccess depends on parameter 'publicAccess', "
            + "which has no default value and no parameter-file value (main.json:3)."));
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void Through_a_nested_deployment_the_indeterminate_result_still_names_the_callers_parameter()
    {
        using var folder = new TempDirectory();
        folder.Write("main.json", $$"""
            {
              {{Schema}},
              "parameters": { "publicAccess": { "type": "string" } },
              "resources": [ {
                "type": "Microsoft.Resources/deployments", "apiVersion": "2022-09-01", "name": "registry",
                "properties": {
                  "expressionEvaluationOptions": { "scope": "inner" }, "mode": "Incremental",
                  "parameters": { "access": { "value": "[parameters('publicAccess')]" } },
                  "template": {
                    "parameters": { "access": { "type": "string" } },
                    "resources": [ { "type": "Microsoft.ContainerRegistry/registries", "apiVersion": "2023-07-01", "name": "acr", "sku": { "name": "Premium" },
                                     "properties": { "publicNetworkAccess": "[parameters('access')]" } } ]
                  }
                }
              } ]
            }
            """);

        var sarif = JsonDocument.Parse(AcrLint.Run(folder.Path, "--root", folder.Path, "--format", "sarif").Out);

        var result = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "ACR002");
        Assert.That(result.GetProperty("kind").GetString(), Is.EqualTo("open"));
        Assert.That(result.GetProperty("message").GetProperty("text").GetString(), Does.Contain("parameter 'publicAccess'").And.Contain("(main.json:3)"));
        var related = result.GetProperty("relatedLocations").EnumerateArray().Select(r => r.GetProperty("message").GetProperty("text").GetString()).ToList();
        Assert.That(related, Is.EqualTo(new[]
        {
            "parameter 'access' declared here", "value passed by deployment 'registry'", "parameter 'publicAccess' declared here", "deployment 'registry'",
        }));
    }

    [Test]
    public void Each_parameter_file_is_a_parameter_set_and_a_finding_lists_the_sets_it_fails_in()
    {
        using var folder = new TempDirectory();
        folder.Write("main.json", RegistryWithParameter);
        folder.Write("main.parameters.json", Parameters("Enabled"));
        folder.Write("main.parameters.prod.json", Parameters("Disabled"));
        folder.Write("main.parameters.test.json", Parameters("Enabled"));

        var json = JsonDocument.Parse(AcrLint.Run(folder.Path, "--root", folder.Path, "--format", "json").Out);

        var finding = json.RootElement.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("ruleId").GetString() == "ACR002");
        Assert.That(finding.GetProperty("outcome").GetString(), Is.EqualTo("fail"));
        Assert.That(finding.GetProperty("parameterSets").EnumerateArray().Select(s => s.GetString()),
            Is.EqualTo(new[] { "main.parameters.json", "main.parameters.test.json" }));
    }

    [Test]
    public void An_extra_parameter_file_and_a_Key_Vault_reference_are_read()
    {
        using var folder = new TempDirectory();
        folder.Write("main.json", RegistryWithParameter);
        var extra = folder.Write("other/secret.json", $$"""
            { {{ParametersSchema}}, "parameters": { "publicAccess": { "reference": { "keyVault": { "id": "/subscriptions/s/resourceGroups/g/providers/Microsoft.KeyVault/vaults/v" }, "secretName": "access" } } } }
            """);

        var result = AcrLint.Run(Path.Combine(folder.Path, "main.json"), "--params", extra, "--root", folder.Path, "--format", "text");

        Assert.That(result.Out.Split('\n').Single(line => line.Contains("ACR002", StringComparison.Ordinal)), Does.Contain("info ACR002").And.Contain("a Key Vault secret that other/secret.json references"));
    }

    [Test]
    public void An_Azure_Developer_CLI_placeholder_in_a_parameter_file_is_Unknown()
    {
        using var folder = new TempDirectory();
        folder.Write("main.json", RegistryWithParameter);
        folder.Write("main.parameters.json", Parameters("${ACR_PUBLIC_ACCESS=Enabled}"));

        var result = AcrLint.Run(folder.Path, "--root", folder.Path, "--format", "text");

        Assert.That(result.Out.Split('\n').Single(line => line.Contains("ACR002", StringComparison.Ordinal)), Does.Contain("info ACR002")
            .And.Contain("the environment variable ACR_PUBLIC_ACCESS that the Azure Developer CLI substitutes"));
    }

    [Test]
    public void The_graph_command_prints_what_the_rules_see()
    {
        using var folder = new TempDirectory();
        folder.Write("main.json", $$"""
            {
              {{Schema}},
              "parameters": { "count": { "type": "int", "defaultValue": 2 }, "sku": { "type": "string" } },
              "resources": [ {
                "condition": "[greater(copyIndex(), 0)]",
                "type": "Microsoft.ContainerRegistry/registries", "apiVersion": "2023-07-01", "name": "[format('acr{0}', copyIndex())]",
                "copy": { "name": "acrs", "count": "[parameters('count')]" },
                "sku": { "name": "[parameters('sku')]" },
                "dependsOn": [ "[resourceId('Microsoft.Network/virtualNetworks', 'vnet')]" ]
              } ]
            }
            """);

        var result = AcrLint.Run("graph", folder.Path, "--root", folder.Path, "--format", "json");

        var resources = JsonDocument.Parse(result.Out).RootElement[0].GetProperty("resources").EnumerateArray().ToList();
        Assert.That(resources.Select(r => r.GetProperty("name").GetString()), Is.EqualTo(new[] { "acr0", "acr1" }));
        Assert.That(resources.Select(r => r.GetProperty("condition").GetBoolean()), Is.EqualTo(new[] { false, true }));
        var second = resources[1];
        Assert.That(second.GetProperty("copy").GetProperty("index").GetInt32(), Is.EqualTo(1));
        Assert.That(second.GetProperty("body").GetProperty("sku").GetProperty("name").GetProperty("$unknown").GetString(),
            Is.EqualTo("parameter 'sku', which has no default value and no parameter-file value"));
        Assert.That(second.GetProperty("dependsOn")[0].GetProperty("$resourceId").GetString(), Is.EqualTo("Microsoft.Network/virtualNetworks"));
        Assert.That(second.GetProperty("span").GetProperty("startLine").GetInt32(), Is.EqualTo(6));
    }

    private static string Parameters(string access) =>
        $$"""{ {{ParametersSchema}}, "parameters": { "publicAccess": { "value": "{{access}}" } } }""";
}
