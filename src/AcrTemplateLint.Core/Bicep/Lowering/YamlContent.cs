using System.Globalization;
using AcrTemplateLint.Evaluation.Values;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace AcrTemplateLint.Bicep.Lowering;

/// <summary>
/// The value loadYamlContent() gives: the YAML document as JSON would hold it. Plain scalars that read as
/// booleans, null or numbers are those; quoted scalars are strings.
/// </summary>
internal static class YamlContent
{
    private const int MaxDepth = 256;

    public static Value? Read(string text, out string? error)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            error = null;
            return stream.Documents.Count == 0 ? new NullValue() : Convert(stream.Documents[0].RootNode, 0);
        }
        catch (Exception failure) when (failure is YamlException or InvalidOperationException or FormatException)
        {
            error = failure.Message;
            return null;
        }
    }

    private static Value Convert(YamlNode node, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new FormatException($"the document nests deeper than {MaxDepth} levels");
        }

        return node switch
        {
            YamlMappingNode map => new ObjectValue([.. map.Children.Select(pair =>
                new ObjectEntry(pair.Key is YamlScalarNode key ? key.Value ?? "" : pair.Key.ToString(), Convert(pair.Value, depth + 1), null))]),
            YamlSequenceNode sequence => new ArrayValue([.. sequence.Children.Select(item => Convert(item, depth + 1))]),
            YamlScalarNode scalar => Scalar(scalar),
            _ => new NullValue(),
        };
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
