using System.Globalization;
using System.Text;
using AcrTemplateLint.Evaluation.Values;

namespace AcrTemplateLint.Evaluation.Functions;

/// <summary>String functions. Culture-invariant throughout, as ARM is.</summary>
internal static class StringFunctions
{
    public static void Register(FunctionLibrary.Builder functions)
    {
        functions.Strict("toLower", 1, 1, call => call[0] is StringValue s ? call.String(s.Value.ToLowerInvariant()) : call.Invalid("expects a string"));
        functions.Strict("toUpper", 1, 1, call => call[0] is StringValue s ? call.String(s.Value.ToUpperInvariant()) : call.Invalid("expects a string"));
        functions.Strict("string", 1, 1, call => call.String(ToText(call[0])));
        functions.Strict("format", 1, int.MaxValue, Format);
    }

    /// <summary>string() as ARM renders it: strings bare, bools as True/False, objects and arrays as JSON.</summary>
    public static string ToText(Value value) => value switch
    {
        StringValue s => s.Value,
        IntegerValue i => i.Value.ToString(CultureInfo.InvariantCulture),
        BooleanValue b => b.Value ? "True" : "False",
        NullValue => "",
        _ => ValueFormatter.ToJson(value),
    };

    // .NET composite formatting: {0}, {1:D3}, with {{ and }} as escapes.
    private static Value Format(FunctionCall call)
    {
        if (call[0] is not StringValue pattern)
        {
            return call.Invalid("the format string must be a string");
        }

        var text = pattern.Value;
        var builder = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if ((c == '{' || c == '}') && i + 1 < text.Length && text[i + 1] == c)
            {
                builder.Append(c);
                i++;
                continue;
            }

            if (c != '{')
            {
                builder.Append(c);
                continue;
            }

            var close = text.IndexOf('}', i);
            if (close < 0)
            {
                return call.Invalid("the format string has an unclosed '{'");
            }

            var hole = text[(i + 1)..close];
            var colon = hole.IndexOf(':');
            var indexText = colon < 0 ? hole : hole[..colon];
            if (!int.TryParse(indexText.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index + 1 >= call.Count)
            {
                return call.Invalid($"the placeholder '{{{hole}}}' has no matching argument");
            }

            var argument = call[index + 1];
            builder.Append(colon >= 0 && argument is IntegerValue number
                ? number.Value.ToString(hole[(colon + 1)..], CultureInfo.InvariantCulture)
                : ToText(argument));
            i = close;
        }

        return call.String(builder.ToString());
    }
}
