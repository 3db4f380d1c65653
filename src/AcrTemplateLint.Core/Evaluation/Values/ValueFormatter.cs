using System.Globalization;
using System.Text;

namespace AcrTemplateLint.Evaluation.Values;

/// <summary>Renders values for messages: strings bare, everything else as compact JSON, Unknowns as &lt;unknown&gt;.</summary>
public static class ValueFormatter
{
    private const int MaxLength = 120;

    public static string Display(Value value)
    {
        var text = value is StringValue s ? s.Value : ToJson(value);
        return text.Length <= MaxLength ? text : string.Concat(text.AsSpan(0, MaxLength - 1), "…");
    }

    public static string ToJson(Value value)
    {
        var builder = new StringBuilder();
        Append(builder, value);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, Value value)
    {
        switch (value)
        {
            case StringValue s:
                AppendString(builder, s.Value);
                break;
            case IntegerValue i:
                builder.Append(i.Value.ToString(CultureInfo.InvariantCulture));
                break;
            case FloatValue f:
                // Newtonsoft.Json, which ARM uses, writes whole doubles with ".0".
                var number = f.Value.ToString("R", CultureInfo.InvariantCulture);
                builder.Append(number).Append(number.AsSpan().IndexOfAny(".EN") < 0 ? ".0" : "");
                break;
            case BooleanValue b:
                builder.Append(b.Value ? "true" : "false");
                break;
            case NullValue:
                builder.Append("null");
                break;
            case ArrayValue a:
                builder.Append('[');
                for (var i = 0; i < a.Items.Length; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(',');
                    }

                    Append(builder, a.Items[i]);
                }

                builder.Append(']');
                break;
            case ObjectValue o:
                builder.Append('{');
                for (var i = 0; i < o.Entries.Length; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(',');
                    }

                    AppendString(builder, o.Entries[i].Key);
                    builder.Append(':');
                    Append(builder, o.Entries[i].Value);
                }

                builder.Append('}');
                break;
            case ResourceIdValue id:
                AppendString(builder, id.TryFormat() ?? $"<ID of a {id.ResourceType}>");
                break;
            default:
                builder.Append("<unknown>");
                break;
        }
    }

    private static void AppendString(StringBuilder builder, string value)
    {
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case '\b':
                    builder.Append("\\b");
                    break;
                case '\f':
                    builder.Append("\\f");
                    break;
                default:
                    if (char.IsControl(c))
                    {
                        builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
    }
}
