using AcrTemplateLint.Text;

namespace AcrTemplateLint.Arm.Json;

/// <summary>A "name": value pair; the name keeps its own span so findings can point at a key.</summary>
public sealed class JsonProperty
{
    public JsonProperty(JsonString name, JsonNode value)
    {
        Name = name;
        Value = value;
    }

    public JsonString Name { get; }

    public JsonNode Value { get; }

    public TextSpan Span => TextSpan.Between(Name.Span, Value.Span);
}
