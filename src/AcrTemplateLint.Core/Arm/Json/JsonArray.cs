using System.Collections.Immutable;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Arm.Json;

public sealed class JsonArray : JsonNode
{
    public JsonArray(TextSpan span, ImmutableArray<JsonNode> items)
        : base(span) => Items = items;

    public ImmutableArray<JsonNode> Items { get; }
}
