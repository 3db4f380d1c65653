using System.Globalization;
using AcrTemplateLint.Evaluation.Values;
using AcrTemplateLint.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace AcrTemplateLint.Bicep.Lowering;

/// <summary>
/// The value loadYamlContent() gives: the YAML document as JSON would hold it. Plain scalars that read as
/// booleans, null or numbers are those; quoted scalars are strings.
/// </summary>
internal static class YamlContent
{
    public static Value? Read(string text, out string? error)
    {
        try
        {
            var stream = UntrustedYaml.Load(text);
            error = null;
            var budget = UntrustedYaml.Budget(text);
            return stream.Documents.Count == 0 ? new NullValue() : Convert(stream.Documents[0].RootNode, 0, ref budget);
        }
        catch (Exception failure) when (failure is YamlException or InvalidOperationException or FormatException)
        {
            error = failure.Message;
            return null;
        }
    }

    private static Value Convert(YamlNode node, int depth, ref int budget)
    {
        UntrustedYaml.Visit(node, depth, ref budget);

        switch (node)
        {
            case YamlMappingNode map:
                var entries = new List<ObjectEntry>(map.Children.Count);
                foreach (var (key, value) in map.Children)
                {
                    entries.Add(new ObjectEntry(key is YamlScalarNode scalarKey ? scalarKey.Value ?? "" : key.ToString(), Convert(value, depth + 1, ref budget), null));
                }

                return new ObjectValue([.. entries]);
            case YamlSequenceNode sequence:
                var items = new List<Value>(sequence.Children.Count);
                foreach (var item in sequence.Children)
                {
                    items.Add(Convert(item, depth + 1, ref budget));
                }

                return new ArrayValue([.. items]);
            case YamlScalarNode scalar:
                return Scalar(scalar);
            default:
                return new NullValue();
        }
    }

    private static Value Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? "";
        if (scalar.Style is not ScalarStyle.Plain)
        {
            return new StringValue(text);
        }

        return text switch
        {
            "" or "~" or "null" or "Null" or "NULL" => new NullValue(),
            "true" or "True" or "TRUE" => new BooleanValue(true),
            "false" or "False" or "FALSE" => new BooleanValue(false),
            _ when long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer) => new IntegerValue(integer),
            _ when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) => new FloatValue(number),
            _ => new StringValue(text),
        };
    }
}
