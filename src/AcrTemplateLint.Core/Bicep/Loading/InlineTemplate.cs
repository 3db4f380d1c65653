using System.Collections.Immutable;
using System.Globalization;
using AcrTemplateLint.Arm.Json;
using AcrTemplateLint.Evaluation.Values;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Bicep.Loading;

/// <summary>
/// An ARM template written inline in a Bicep file, as the template of a Microsoft.Resources/deployments resource:
/// its evaluated value turned back into JSON nodes for the ARM loader, each node spanning the Bicep text it came
/// from (so "[parameters('x')]" strings are parsed as ARM expressions and findings still point into the .bicep
/// file). A template that holds anything Unknown has no JSON form.
/// </summary>
internal static class InlineTemplate
{
    public static JsonObject? ToJson(ObjectValue template, SourceLocation fallback) =>
        ToNode(template, fallback) as JsonObject;

    private static JsonNode? ToNode(Value value, SourceLocation fallback)
    {
        var span = value.Origin is { } origin && origin.File == fallback.File ? origin.Span : fallback.Span;
        switch (value)
        {
            case StringValue s:
                return Text(s.Value, span);
            case IntegerValue i:
                return new JsonNumber(span, i.Value.ToString(CultureInfo.InvariantCulture));
            case FloatValue f:
                return new JsonNumber(span, f.Value.ToString("R", CultureInfo.InvariantCulture));
            case BooleanValue b:
                return new JsonBoolean(span, b.Value);
            case NullValue:
                return new JsonNull(span);
            case ResourceIdValue id when id.TryFormat() is { } text:
                return Text(text, span);
            case ArrayValue a:
                var items = ImmutableArray.CreateBuilder<JsonNode>(a.Items.Length);
                foreach (var item in a.Items)
                {
                    if (ToNode(item, fallback) is not { } node)
                    {
                        return null;
                    }

                    items.Add(node);
                }

                return new JsonArray(span, items.MoveToImmutable());
            case ObjectValue o:
                var properties = ImmutableArray.CreateBuilder<JsonProperty>(o.Entries.Length);
                foreach (var entry in o.Entries)
                {
                    if (ToNode(entry.Value, fallback) is not { } node)
                    {
                        return null;
                    }

                    var keySpan = entry.KeyOrigin is { } key && key.File == fallback.File ? key.Span : span;
                    properties.Add(new JsonProperty(Text(entry.Key, keySpan), node));
                }

                return new JsonObject(span, properties.MoveToImmutable());
            default:
                return null;
        }
    }

    // A string whose text may not be what its span holds (a computed value): every character maps into the span.
    private static JsonString Text(string value, TextSpan span)
    {
        if (value.Length + 2 == span.Length)
        {
            return new JsonString(span, value);
        }

        var offsets = new int[value.Length];
        for (var i = 0; i < offsets.Length; i++)
        {
            offsets[i] = Math.Min(span.Start + 1 + i, Math.Max(span.Start, span.End - 1));
        }

        return new JsonString(span, value, offsets);
    }
}
