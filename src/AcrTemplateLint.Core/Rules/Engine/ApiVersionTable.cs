using System.Collections.Immutable;
using AcrTemplateLint.Arm.Json;
using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Rules.Paths;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Rules.Engine;

/// <summary>
/// Which api-versions define which resource types and properties: the data behind ACR006, shipped inside the
/// assembly as rules/data/NAME.json (regenerated from ../shared/domain/acr-api-versions.json by a test).
/// </summary>
public sealed class ApiVersionTable
{
    private static readonly Lazy<Dictionary<string, ApiVersionTable>> Tables = new(LoadEmbedded);

    private readonly Dictionary<string, TypeEntry> types;

    private ApiVersionTable(Dictionary<string, TypeEntry> types) => this.types = types;

    public sealed record TypeEntry(IReadOnlySet<string> ApiVersions, ImmutableArray<PropertyEntry> Properties);

    /// <summary>A property of a type and the api-versions that define it.</summary>
    public sealed record PropertyEntry(FieldPath Path, IReadOnlySet<string> ApiVersions);

    public static ApiVersionTable? Get(string name) => Tables.Value.GetValueOrDefault(name);

    public static IEnumerable<string> Names => Tables.Value.Keys;

    public TypeEntry? ForType(string type) => types.GetValueOrDefault(type);

    /// <summary>Reads the table format: { "resourceTypes": { type: { "apiVersions": [...], "properties": { path: [...] } } } }.</summary>
    public static ApiVersionTable Parse(string name, string json)
    {
        var file = new SourceFile(name, name, json);
        var root = JsonParser.Parse(file, new DiagnosticBag()) as JsonObject
            ?? throw new InvalidOperationException($"The embedded table {name} is not valid JSON.");
        var types = new Dictionary<string, TypeEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var type in ((JsonObject?)root["resourceTypes"])?.Properties ?? [])
        {
            var entry = (JsonObject)type.Value;
            var properties = entry["properties"] is JsonObject props
                ? props.Properties.Select(p => new PropertyEntry(FieldPath.Parse(p.Name.Value), Versions(p.Value))).ToImmutableArray()
                : [];
            types[type.Name.Value] = new TypeEntry(Versions(entry["apiVersions"]), properties);
        }

        return new ApiVersionTable(types);
    }

    private static HashSet<string> Versions(JsonNode? node) =>
        ((node as JsonArray)?.Items ?? []).OfType<JsonString>().Select(s => s.Value).ToHashSet(StringComparer.OrdinalIgnoreCase);

    // A plain dictionary: freezing one table is work at start-up that its few lookups never repay.
    private static Dictionary<string, ApiVersionTable> LoadEmbedded()
    {
        var assembly = typeof(ApiVersionTable).Assembly;
        var tables = new Dictionary<string, ApiVersionTable>(StringComparer.OrdinalIgnoreCase);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith("rules/data/", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource);
            if (stream is not null)
            {
                using var reader = new StreamReader(stream);
                tables[Path.GetFileNameWithoutExtension(resource)] = Parse(resource, reader.ReadToEnd());
            }
        }

        return tables;
    }
}
