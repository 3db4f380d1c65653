using AcrTemplateLint.Text;

namespace AcrTemplateLint.Arm.Json;

public sealed class JsonBoolean : JsonNode
{
    public JsonBoolean(TextSpan span, bool value)
        : base(span) => Value = value;

    public bool Value { get; }
}
