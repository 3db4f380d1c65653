using System.Collections.Immutable;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Arm.Json;

/// <summary>A JSON object. Lookups ignore case, as Azure Resource Manager does for template keys.</summary>
public sealed class JsonObject : JsonNode
{
    public JsonObject(TextSpan span, ImmutableArray<JsonProperty> properties)
        : base(span) => Properties = properties;

    public ImmutableArray<JsonProperty> Properties { get; }

    /// <summary>The last property with this name (later duplicates win, as in JSON.parse).</summary>
    public JsonProperty? GetProperty(string name)
    {
        for (var i = Properties.Length - 1; i >= 0; i--)
        {
            if (string.Equals(Properties[i].Name.Value, name, StringComparison.OrdinalIgnoreCase))
            {
                return Properties[i];
            }
        }

        return null;
    }

    public JsonNode? this[string name] => GetProperty(name)?.Value;
}
