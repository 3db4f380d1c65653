using System.Text;
using System.Text.Json;
using AcrTemplateLint.Rules.Engine;
using AcrTemplateLint.Rules.Paths;
using AcrTemplateLint.Tests.Support;

namespace AcrTemplateLint.Tests.Rules;

/// <summary>
/// rules/data/acr-api-versions.json is our own format of the facts in ../shared/domain/acr-api-versions.json. This test
/// regenerates it and fails when the shipped file differs (UPDATE_GOLDEN=1 rewrites it).
/// </summary>
public sealed class ApiVersionTableTests
{
    private const string Namespace = "Microsoft.ContainerRegistry";

    private static string DataFile => Path.Combine(Repository.Root, "rules", "data", "acr-api-versions.json");

    [Test]
    public void The_shipped_table_is_generated_from_the_domain_facts()
    {
        var source = Path.Combine(Repository.Root, "..", "shared", "domain", "acr-api-versions.json");
        if (!File.Exists(source))
        {
            Assert.Ignore($"{source} is not available; the generated table is not checked.");
        }

        var generated = Generate(File.ReadAllText(source));
        if (Golden.Updating)
        {
            File.WriteAllText(DataFile, generated);
        }

        Assert.That(File.ReadAllText(DataFile), Is.EqualTo(generated), "rules/data/acr-api-versions.json is stale; run the tests with UPDATE_GOLDEN=1");
    }

    [Test]
    public void The_embedded_table_knows_when_the_tasks_bypass_property_appeared()
    {
        var registries = ApiVersionTable.Get("acr-api-versions")!.ForType($"{Namespace}/registries")!;
        var tasksBypass = registries.Properties.Single(p => p.Path.Equals(FieldPath.Parse("properties.networkRuleBypassAllowedForTasks"))).ApiVersions;

        Assert.That(tasksBypass, Does.Contain("2025-05-01-preview").And.Contain("2025-11-01"));
        Assert.That(tasksBypass, Does.Not.Contain("2025-04-01").And.Not.Contain("2023-07-01"));
        Assert.That(ApiVersionTable.Get("acr-api-versions")!.ForType($"{Namespace}/registries/agentPools")!.ApiVersions,
            Is.EquivalentTo(new[] { "2019-06-01-preview", "2025-03-01-preview" }));
    }

    private static string Generate(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var types = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var version in root.GetProperty("resourceTypesPerVersion").EnumerateObject())
        {
            var apiVersion = version.Name.Split(' ')[0];
            foreach (var type in version.Value.EnumerateArray())
            {
                var name = $"{Namespace}/{type.GetString()!.Replace('_', '/')}";
                if (!types.TryGetValue(name, out var versions))
                {
                    types[name] = versions = new SortedSet<string>(StringComparer.Ordinal);
                }

                versions.Add(apiVersion);
            }
        }

        var text = new StringBuilder();
        text.Append("{\n  \"_comment\": \"Which api-versions define which Container Registry resource types and properties: the data behind ACR006. ");
        text.Append("Generated from ../shared/domain/acr-api-versions.json (derived from Azure/azure-resource-manager-schemas); do not edit: ");
        text.Append("ApiVersionTableTests regenerates it with UPDATE_GOLDEN=1.\",\n  \"resourceTypes\": {\n");
        var first = true;
        foreach (var (type, versions) in types)
        {
            text.Append(first ? "" : ",\n");
            first = false;
            text.Append($"    \"{type}\": {{\n      \"apiVersions\": [{string.Join(", ", versions.Select(v => $"\"{v}\""))}]");
            if (type == $"{Namespace}/registries")
            {
                text.Append(",\n      \"properties\": {\n");
                text.Append(string.Join(",\n", root.GetProperty("registries").EnumerateObject().Select(property =>
                    $"        \"{property.Name}\": [{string.Join(", ", property.Value.GetProperty("apiVersions").EnumerateArray().Select(v => v.GetString()!).Order(StringComparer.Ordinal).Select(v => $"\"{v}\""))}]")));
                text.Append("\n      }");
            }

            text.Append("\n    }");
        }

        text.Append("\n  }\n}\n");
        return text.ToString();
    }
}
