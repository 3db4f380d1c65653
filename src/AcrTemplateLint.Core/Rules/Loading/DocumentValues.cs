using System.Globalization;
using AcrTemplateLint.Evaluation.Values;

namespace AcrTemplateLint.Rules.Loading;

/// <summary>Document nodes as template values: plain scalars are typed (true, 12, null), quoted ones are strings.</summary>
internal static class DocumentValues
{
    public static Value ToValue(DocumentNode node)
    {
        var location = node.Location;
        switch (node)
        {
            case DocumentScalar scalar:
                var text = scalar.Value ?? "";
                if (scalar.IsPlain)
                {
                    if (text is "true" or "True" or "TRUE")
                    {
                        return new BooleanValue(true) { Origin = location };
                    }

                    if (text is "false" or "False" or "FALSE")
                    {
                        return new BooleanValue(false) { Origin = location };
                    }

                    if (text is "null" or "~" or "")
                    {
                        return new NullValue { Origin = location };
                    }

                    if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
                    {
                        return new IntegerValue(number) { Origin = location };
                    }
                }

                // As in ARM and Azure Policy, a leading "[[" escapes a string that would otherwise be an expression.
                return new StringValue(text.StartsWith("[[", StringComparison.Ordinal) ? text[1..] : text) { Origin = location };
            case DocumentSequence sequence:
                return new ArrayValue([.. sequence.Children.Select(ToValue)]) { Origin = location };
            case DocumentMapping mapping:
                return new ObjectValue([.. mapping.Children.Select(p => new ObjectEntry(p.Key.Value ?? "", ToValue(p.Value), p.Key.Location))]) { Origin = location };
            default:
                return new NullValue { Origin = location };
        }
    }

    public static string? Scalar(DocumentNode node) => (node as DocumentScalar)?.Value;
}
