using System.Collections.Frozen;
using System.Collections.Immutable;
using AcrTemplateLint.Rules.Paths;
using YamlDotNet.RepresentationModel;

namespace AcrTemplateLint.Rules.Engine;

/// <summary>
/// Which api-versions define which resource types and properties: the data behind ACR006, shipped inside the
/// assembly as rules/data/NAME.yaml (regenerated from ../shared/domain/acr-api-versions.json by a test).
/// </summary>
public sealed class ApiVersionTable
{
    private static readonly Lazy<FrozenDictionary<string, ApiVersionTable>> Tables = new(LoadEmbedded);

    private readonly Dictionary<string, TypeEntry> types;

    private ApiVersionTable(Dictionary<string, TypeEntry> types) => this.types = types;

    public sealed record TypeEntry(ImmutableHashSet<string> ApiVersions, ImmutableArray<(FieldPath Path, ImmutableHashSet<string> ApiVersions)> Properties);

    public static ApiVersionTable? Get(string name) => Tables.Value.GetValueOrDefault(name);

    public static IEnumerable<string> Names => Tables.Value.Keys;

    public TypeEntry? ForType(string type) => types.GetValueOrDefault(type);

    /// <summary>Reads the table format: resourceTypes: { type: { apiVersions: [...], properties: { path: [...] } } }.</summary>
    public static ApiVersionTable Parse(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var types = new Dictionary<string, TypeEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var (typeKey, typeNode) in (YamlMappingNode)root["resourceTypes"])
        {
            var entry = (YamlMappingNode)typeNode;
            var properties = entry.Children.TryGetValue("properties", out var props)
                ? ((YamlMappingNode)props).Children.Select(p => (FieldPath.Parse(Scalar(p.Key)), Versions(p.Value))).ToImmutableArray()
                : [];
            types[Scalar(typeKey)] = new TypeEntry(Versions(entry["apiVersions"]), properties);
        }

        return new ApiVersionTable(types);
    }

    private static ImmutableHashSet<string> Versions(YamlNode node) =>
        ((YamlSequenceNode)node).Children.Select(Scalar).ToImmutableHashSet(StringComparer.OrdinalIgnoreCase);

    private static string Scalar(YamlNode node) => ((YamlScalarNode)node).Value ?? "";

    private static FrozenDictionary<string, ApiVersionTable> LoadEmbedded()
    {
        var assembly = typeof(ApiVersionTable).Assembly;
        var tables = new Dictionary<string, ApiVersionTable>(StringComparer.OrdinalIgnoreCase);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith("rules/data/", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource);
            if (stream is not null)
            {
                using var reader = new StreamReader(stream);
                tables[Path.GetFileNameWithoutExtension(resource)] = Parse(reader.ReadToEnd());
            }
        }

        return tables.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
