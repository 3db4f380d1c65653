using System.Globalization;
using System.Text.RegularExpressions;
using AcrTemplateLint.Evaluation.Values;

namespace AcrTemplateLint.Evaluation.Functions;

/// <summary>
/// String functions (ARM docs: "String functions"), culture-invariant and ordinal except where ARM documents
/// otherwise: startsWith, endsWith, indexOf and lastIndexOf ignore case. The functions shared with arrays (concat,
/// contains, first, length…) are in <see cref="CollectionFunctions"/>.
/// </summary>
internal static partial class StringFunctions
{
    public static void Register(FunctionLibrary.Builder functions)
    {
        functions.Strict("string", 1, 1, ConvertToString);
        functions.Strict("format", 1, int.MaxValue, Format);
        functions.Strict("toLower", 1, 1, call => Map(call, s => s.ToLowerInvariant()));
        functions.Strict("toUpper", 1, 1, call => Map(call, s => s.ToUpperInvariant()));
        functions.Strict("trim", 1, 1, call => Map(call, s => s.Trim()));
        functions.Strict("replace", 3, 3, Replace);
        functions.Strict("split", 2, 2, Split);
        functions.Strict("join", 2, 2, Join);
        functions.Strict("substring", 1, 3, Substring);
        functions.Strict("startsWith", 2, 2, call => Test(call, (s, v) => s.StartsWith(v, StringComparison.OrdinalIgnoreCase)));
        functions.Strict("endsWith", 2, 2, call => Test(call, (s, v) => s.EndsWith(v, StringComparison.OrdinalIgnoreCase)));
        functions.Strict("padLeft", 2, 3, PadLeft);
        functions.Strict("newGuid", 0, 0, call => call.Unknown("newGuid(), a new random value at every deployment"));
    }

    private static Value ConvertToString(FunctionCall call) =>
        ValueText.ToArmString(call[0]) is { } text ? call.String(text) : ComparisonFunctions.Undecided(call, call[0]);

    private static Value Map(FunctionCall call, Func<string, string> map) =>
        call.String(0, out var text, out var failure) ? call.String(map(text)) : failure;

    private static Value Test(FunctionCall call, Func<string, string, bool> test)
    {
        if (!call.String(0, out var text, out var failure) || !call.String(1, out var value, out failure))
        {
            return failure;
        }

        return call.Boolean(test(text, value));
    }

    // .NET composite formatting with the invariant culture, as ARM documents ("{0:N0}", "{1,5}", "{{").
    private static Value Format(FunctionCall call)
    {
        if (!call.String(0, out var pattern, out var failure))
        {
            return failure;
        }

        var arguments = new object?[call.Count - 1];
        for (var i = 1; i < call.Count; i++)
        {
            if (!FormatArgument(call[i], out arguments[i - 1]))
            {
                // ARM renders objects and arrays through its JSON library's own (indented) text, which is not reproduced.
                return call[i] is ResourceIdValue ? call.PartlyKnownId()
                    : call.Unknown($"format() of {(call[i] is ArrayValue ? "an array" : "an object")}, whose text acrlint does not reproduce");
            }
        }

        // Alignments ({0,2000000000}) and precisions ({0:D999999999}) would build their padding and digits before any
        // length check could run: their sum is checked first (each part alone may be small: {0,4000000} 200 times).
        long padded = 0;
        foreach (Match placeholder in WidthPattern().Matches(pattern))
        {
            foreach (Capture width in placeholder.Groups["width"].Captures)
            {
                padded += int.TryParse(width.ValueSpan, out var n) ? n : EvaluationLimits.MaxStringLength + 1L;
                if (padded > EvaluationLimits.MaxStringLength)
                {
                    return call.LimitExceeded("its placeholders pad to more characters than a template can hold");
                }
            }
        }

        try
        {
            var result = string.Format(CultureInfo.InvariantCulture, pattern, arguments);
            return result.Length > EvaluationLimits.MaxStringLength ? call.LimitExceeded("the result is too long") : call.String(result);
        }
        catch (FormatException error)
        {
            return call.Invalid($"the format string is not valid ({error.Message})");
        }
    }

    // The .NET value string.Format receives for a template value, as ARM passes it.
    private static bool FormatArgument(Value value, out object? argument)
    {
        argument = value switch
        {
            StringValue s => s.Value,
            IntegerValue n => n.Value,
            BooleanValue b => b.Value,
            FloatValue f => f.Value,
            ResourceIdValue id => id.TryFormat(),
            _ => null,
        };
        return argument is not null || value is NullValue;
    }

    private static Value Replace(FunctionCall call)
    {
        if (!call.String(0, out var text, out var failure) || !call.String(1, out var oldValue, out failure) || !call.String(2, out var newValue, out failure))
        {
            return failure;
        }

        if (oldValue.Length == 0)
        {
            return call.Invalid("the string to replace must not be empty");
        }

        var occurrences = 0L;
        for (var at = text.IndexOf(oldValue, StringComparison.Ordinal); at >= 0; at = text.IndexOf(oldValue, at + oldValue.Length, StringComparison.Ordinal))
        {
            occurrences++;
        }

        if (text.Length + (occurrences * (newValue.Length - oldValue.Length)) > EvaluationLimits.MaxStringLength)
        {
            return call.LimitExceeded("the result is too long");
        }

        return call.String(text.Replace(oldValue, newValue, StringComparison.Ordinal));
    }

    private static Value Split(FunctionCall call)
    {
        if (!call.String(0, out var text, out var failure))
        {
            return failure;
        }

        string[] delimiters;
        if (call[1] is ArrayValue array)
        {
            delimiters = new string[array.Items.Length];
            for (var i = 0; i < delimiters.Length; i++)
            {
                if (array.Items[i] is UnknownValue unknown)
                {
                    return unknown with { Origin = call.Origin, Candidates = [] };
                }

                if (array.Items[i] is not StringValue delimiter)
                {
                    return call.Invalid("the delimiters must be strings");
                }

                delimiters[i] = delimiter.Value;
            }
        }
        else if (call.String(1, out var delimiter, out failure))
        {
            delimiters = [delimiter];
        }
        else
        {
            return failure;
        }

        return call.Array(text.Split(delimiters, StringSplitOptions.None).Select(part => new StringValue(part) { Origin = call.Origin }));
    }

    private static Value Join(FunctionCall call)
    {
        if (!call.Array(0, out var array, out var failure) || !call.String(1, out var delimiter, out failure))
        {
            return failure;
        }

        var parts = new List<string>(array.Items.Length);
        foreach (var item in array.Items)
        {
            switch (item)
            {
                case UnknownValue unknown:
                    return unknown with { Origin = call.Origin, Candidates = [] };
                case StringValue or IntegerValue or BooleanValue or ResourceIdValue when ValueText.ToArmString(item) is { } text:
                    parts.Add(text);
                    break;
                case ResourceIdValue:
                    return call.PartlyKnownId();
                default:
                    return call.Invalid($"the array to join holds {item.TypeName}, not only strings");
            }
        }

        return call.String(string.Join(delimiter, parts));
    }

    // substring(text, startIndex = 0, length = rest): ARM fails when the range leaves the string.
    private static Value Substring(FunctionCall call)
    {
        if (!call.String(0, out var text, out var failure))
        {
            return failure;
        }

        long start = 0;
        if (call.Count > 1 && !call.Integer(1, out start, out failure))
        {
            return failure;
        }

        long length = text.Length - start;
        if (call.Count > 2 && !call.Integer(2, out length, out failure))
        {
            return failure;
        }

        // Compared without adding: start + length may overflow.
        if (start < 0 || length < 0 || start > text.Length || length > text.Length - start)
        {
            return call.Invalid($"the index {start} and length {length} must refer to a location within the string of length {text.Length}");
        }

        return call.String(text.Substring((int)start, (int)length));
    }

    private static Value PadLeft(FunctionCall call)
    {
        var text = call[0] switch
        {
            IntegerValue n => n.Value.ToString(CultureInfo.InvariantCulture),
            _ => ValueText.TryGetString(call[0]),
        };
        if (text is null)
        {
            return call[0] is ResourceIdValue ? call.PartlyKnownId() : call.WrongType(0, "a string or an integer");
        }

        if (!call.Integer(1, out var totalLength, out var failure))
        {
            return failure;
        }

        var padding = ' ';
        if (call.Count > 2)
        {
            if (!call.String(2, out var padText, out failure))
            {
                return failure;
            }

            if (padText.Length != 1)
            {
                return call.Invalid("the padding must be a single character");
            }

            padding = padText[0];
        }

        if (totalLength > EvaluationLimits.MaxStringLength)
        {
            return call.LimitExceeded($"padding to {totalLength} characters");
        }

        return call.String(totalLength <= text.Length ? text : text.PadLeft((int)totalLength, padding));
    }

    // A placeholder's alignment ({0,-12}) and the precision of its standard format ({0:D8}): both are widths.
    [GeneratedRegex(@"\{\s*\d+\s*(?:,\s*-?\s*(?<width>\d+)\s*)?(?::[A-Za-z](?<width>\d+)\s*\})?", RegexOptions.CultureInvariant)]
    private static partial Regex WidthPattern();
}
