using AcrTemplateLint.Text;

namespace AcrTemplateLint.Arm.Json;

/// <summary>An immutable JSON value with the exact span it was read from.</summary>
public abstract class JsonNode
{
    protected JsonNode(TextSpan span) => Span = span;

    public TextSpan Span { get; }
}
