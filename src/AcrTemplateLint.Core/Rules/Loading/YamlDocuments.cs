using AcrTemplateLint.Arm.Json;
using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace AcrTemplateLint.Rules.Loading;

/// <summary>
/// Reads a YAML file into document nodes, within <see cref="UntrustedYaml"/>'s limits; a syntax error, or a document
/// past those limits, is one positioned diagnostic.
/// </summary>
internal static class YamlDocuments
{
    public static DocumentNode? Parse(SourceFile file, DiagnosticBag diagnostics, Func<SourceLocation, string, Diagnostic> syntaxError)
    {
        try
        {
            var stream = UntrustedYaml.Load(file.Text);
            var budget = UntrustedYaml.Budget(file.Text);
            return stream.Documents.Count == 0 ? null : Convert(file, stream.Documents[0].RootNode, 0, ref budget);
        }
        catch (YamlException error)
        {
            diagnostics.Add(syntaxError(Locate(file, error.Start, error.End), error.InnerException?.Message ?? error.Message));
            return null;
        }
    }

    private static DocumentNode Convert(SourceFile file, YamlNode node, int depth, ref int budget)
    {
        UntrustedYaml.Visit(node, depth, ref budget);
        var location = Locate(file, node.Start, node.End);
        switch (node)
        {
            case YamlMappingNode mapping:
                var entries = new List<DocumentEntry>(mapping.Children.Count);
                foreach (var (key, value) in mapping.Children)
                {
                    entries.Add(new DocumentEntry(Scalar(file, key), Convert(file, value, depth + 1, ref budget)));
                }

                return new DocumentMapping([.. entries], location);
            case YamlSequenceNode sequence:
                var items = new List<DocumentNode>(sequence.Children.Count);
                foreach (var child in sequence.Children)
                {
                    items.Add(Convert(file, child, depth + 1, ref budget));
                }

                return new DocumentSequence([.. items], location);
            default:
                return Scalar(file, node);
        }
    }

    private static DocumentScalar Scalar(SourceFile file, YamlNode node)
    {
        var location = Locate(file, node.Start, node.End);
        var scalar = node as YamlScalarNode;
        var text = scalar?.Value;
        var plain = scalar?.Style is ScalarStyle.Plain or ScalarStyle.Any;

        // Expression offsets map index i to Span.Start + 1 + i: start one before a plain scalar, at a quote otherwise.
        var start = Math.Max(0, (int)node.Start.Index - (plain ? 1 : 0));
        var literal = new JsonString(new TextSpan(start, (text?.Length ?? 0) + 2), text ?? "");
        return new DocumentScalar(text, plain, literal, location);
    }

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
}
