using AcrTemplateLint.Text;

namespace AcrTemplateLint.Arm.Json;

public sealed class JsonNull : JsonNode
{
    public JsonNull(TextSpan span)
        : base(span)
    {
    }
}
