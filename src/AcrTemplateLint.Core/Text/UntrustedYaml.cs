using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace AcrTemplateLint.Text;

/// <summary>
/// YAML from the user (rule and configuration files, loadYamlContent()) loaded within limits. The library builds a
/// document recursively, so nesting is counted first on its event stream, which it reads without recursion (10,000
/// levels overflowed the stack; 500,000 in loadYamlContent() ran for minutes). Aliases repeat a node without repeating
/// its text, so converting a document spends a budget per node: eight levels of nine aliases in 271 bytes expand to
/// 43 million values, and an alias to a node that contains it, forever.
/// </summary>
internal static class UntrustedYaml
{
    public const int MaxDepth = 256;

    /// <summary>The documents of <paramref name="text"/>; a <see cref="YamlException"/> when it is not YAML or nests too deep.</summary>
    public static YamlStream Load(string text)
    {
        var parser = new Parser(new StringReader(text));
        var depth = 0;
        while (parser.MoveNext())
        {
            switch (parser.Current)
            {
                case MappingStart or SequenceStart when ++depth > MaxDepth:
                    throw new YamlException(parser.Current.Start, parser.Current.End, $"the document nests deeper than {MaxDepth} levels");
                case MappingEnd or SequenceEnd:
                    depth--;
                    break;
            }
        }

        YamlStream stream = [];
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (ArgumentException error)
        {
            // The library's way of refusing some malformed documents after the first.
            throw new YamlException(Mark.Empty, Mark.Empty, error.Message);
        }

        return stream;
    }

    /// <summary>The nodes converting a document may visit: no more than it has characters (at least 10,000).</summary>
    public static int Budget(string text) => Math.Max(10_000, text.Length);

    /// <summary>Counts a node about to be converted at <paramref name="depth"/>; throws once aliases go too deep or too far.</summary>
    public static void Visit(YamlNode node, int depth, ref int budget)
    {
        if (depth > MaxDepth)
        {
            throw new YamlException(node.Start, node.End, $"with its aliases it nests deeper than {MaxDepth} levels (an alias may refer to a node that contains it)");
        }

        if (--budget < 0)
        {
            throw new YamlException(node.Start, node.End, "its aliases expand to more values than the document has characters");
        }
    }
}
