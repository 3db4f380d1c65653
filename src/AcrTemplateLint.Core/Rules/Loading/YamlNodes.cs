using AcrTemplateLint.Evaluation.Values;
using AcrTemplateLint.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace AcrTemplateLint.Rules.Loading;

/// <summary>Small helpers over YamlDotNet's representation model: locations and scalar typing.</summary>
internal static class YamlNodes
{
    public static SourceLocation Locate(SourceFile file, YamlNode node) => Locate(file, node.Start, node.End);

    public static SourceLocation Locate(SourceFile file, Mark start, Mark end)
    {
        var from = (int)Math.Clamp(start.Index, 0, file.Text.Length);
        var to = (int)Math.Clamp(end.Index, from, file.Text.Length);

        // Block scalars end on the next line; keep the span on what the author wrote.
        while (to > from && char.IsWhiteSpace(file.Text[to - 1]))
        {
            to--;
        }

        return new SourceLocation(file, TextSpan.FromBounds(from, to));
    }

    /// <summary>A YAML node as a template value: plain scalars are typed (true, 12, null), quoted ones are strings.</summary>
    public static Value ToValue(SourceFile file, YamlNode node)
    {
        var location = Locate(file, node);
        switch (node)
        {
            case YamlScalarNode scalar:
                var text = scalar.Value ?? "";
                if (scalar.Style is ScalarStyle.Plain)
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

                    if (long.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var number))
                    {
                        return new IntegerValue(number) { Origin = location };
                    }
                }

                // As in ARM and Azure Policy, a leading "[[" escapes a string that would otherwise be an expression.
                return new StringValue(text.StartsWith("[[", StringComparison.Ordinal) ? text[1..] : text) { Origin = location };
            case YamlSequenceNode sequence:
                return new ArrayValue([.. sequence.Children.Select(c => ToValue(file, c))]) { Origin = location };
            case YamlMappingNode mapping:
                return new ObjectValue([.. mapping.Children.Select(p => new ObjectEntry(
                    (p.Key as YamlScalarNode)?.Value ?? "", ToValue(file, p.Value), Locate(file, p.Key)))]) { Origin = location };
            default:
                return new NullValue { Origin = location };
        }
    }

    public static string? Scalar(YamlNode node) => node is YamlScalarNode s ? s.Value : null;
}
