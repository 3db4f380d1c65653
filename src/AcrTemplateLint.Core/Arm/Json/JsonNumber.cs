using System.Globalization;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Arm.Json;

public sealed class JsonNumber : JsonNode
{
    public JsonNumber(TextSpan span, string text)
        : base(span) => Text = text;

    /// <summary>The number as written.</summary>
    public string Text { get; }

    public bool TryGetInt64(out long value) =>
        long.TryParse(Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    public double ToDouble() => double.Parse(Text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
