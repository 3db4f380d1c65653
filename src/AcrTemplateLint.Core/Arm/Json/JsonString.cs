using AcrTemplateLint.Text;

namespace AcrTemplateLint.Arm.Json;

/// <summary>
/// A string literal. <see cref="JsonNode.Span"/> includes the quotes. <see cref="GetSourceOffset"/> maps an index in the
/// unescaped <see cref="Value"/> back to the file, so an ARM expression inside the string keeps exact spans.
/// </summary>
public sealed class JsonString : JsonNode
{
    // Only set when the literal contains escapes: sourceOffsets[i] is the file offset of Value[i].
    private readonly int[]? sourceOffsets;

    public JsonString(TextSpan span, string value, int[]? sourceOffsets = null)
        : base(span)
    {
        Value = value;
        this.sourceOffsets = sourceOffsets;
    }

    public string Value { get; }

    public int GetSourceOffset(int index)
    {
        if (sourceOffsets is null)
        {
            return Span.Start + 1 + index;
        }

        // One past the last character is the closing quote.
        return index < sourceOffsets.Length ? sourceOffsets[index] : Span.End - 1;
    }

    /// <summary>The file span of Value[start..start+length); an escape sequence counts whole.</summary>
    public TextSpan GetSourceSpan(int start, int length)
    {
        var from = GetSourceOffset(start);
        var to = GetSourceOffset(start + length);
        return TextSpan.FromBounds(from, Math.Max(from, to));
    }
}
