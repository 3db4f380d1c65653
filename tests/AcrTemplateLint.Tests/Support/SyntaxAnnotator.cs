using System.Text;
using AcrTemplateLint.Bicep.Lexing;
using AcrTemplateLint.Bicep.Syntax;
using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Tests.Support;

/// <summary>
/// Writes the golden "syntax" view of a file: each source line followed by //@ lines naming the nodes that start
/// on it (indented by depth, with [line:col..line:col) spans and the text of one-line nodes), the pragmas on it,
/// and the diagnostics that start on it. Read in a diff, a parser change shows next to the source it affects.
/// </summary>
public static class SyntaxAnnotator
{
    private const int MaxSnippet = 60;

    public static string Annotate(SourceFile file, ProgramSyntax tree, IEnumerable<Diagnostic> diagnostics)
    {
        var notes = new SortedDictionary<int, List<string>>();
        void Note(int offset, string text)
        {
            var line = file.GetPosition(offset).Line;
            if (!notes.TryGetValue(line, out var list))
            {
                notes[line] = list = [];
            }

            list.Add(text);
        }

        Visit(tree, 0);
        foreach (var diagnostic in diagnostics)
        {
            var span = diagnostic.Location?.Span ?? default;
            Note(span.Start, $"{diagnostic.Level.ToString().ToLowerInvariant()} {diagnostic.Code} {Range(span)}: {diagnostic.Message}");
        }

        var builder = new StringBuilder();
        var lines = file.Lines;
        for (var line = 0; line < lines.LineCount; line++)
        {
            var start = lines.GetLineStart(line);
            var end = line + 1 < lines.LineCount ? lines.GetLineStart(line + 1) : file.Text.Length;
            builder.Append(file.Text.AsSpan(start, end - start).TrimEnd("\r\n")).Append('\n');
            foreach (var note in notes.GetValueOrDefault(line) ?? [])
            {
                builder.Append("//@ ").Append(note).Append('\n');
            }
        }

        return builder.ToString();

        void Visit(SyntaxElement element, int depth)
        {
            if (element is Token token)
            {
                foreach (var trivia in token.LeadingTrivia)
                {
                    if (trivia.Pragma is not { } pragma)
                    {
                        continue;
                    }

                    var reason = pragma.Reason is null ? "" : $" reason: \"{pragma.Reason}\"";
                    Note(trivia.Span.Start, $"pragma {DiagnosticsPragma.KeywordOf(pragma.Kind)} [{string.Join(", ", pragma.Codes.Select(c => c.Code))}]{reason}");
                }

                return;
            }

            var node = (SyntaxNode)element;
            if (node is ProgramSyntax)
            {
                foreach (var child in node.Children)
                {
                    Visit(child, depth + 1);
                }

                return;
            }

            // A chain of wrappers with one span (ArrayItem > IntegerLiteral) is shown on one line.
            var span = node.Span;
            var kinds = new List<string> { Kind(node) };
            while (node.Children.Count() == 1 && node.Children.Single() is SyntaxNode only && only.Span == span)
            {
                node = only;
                kinds.Add(Kind(node));
            }

            Note(span.Start, $"{new string(' ', 2 * (depth - 1))}{string.Join(" > ", kinds)} {Range(span)}{Snippet(span)}{Values(node)}");
            foreach (var child in node.Children)
            {
                Visit(child, depth + 1);
            }
        }

        string Range(TextSpan span) => $"[{file.GetPosition(span.Start)}..{file.GetPosition(span.End)})";

        string Snippet(TextSpan span)
        {
            var text = file.GetText(span);
            if (text.Contains('\n') || text.Contains('\r'))
            {
                return "";
            }

            return $" |{(text.Length > MaxSnippet ? text[..MaxSnippet] + "…" : text)}|";
        }
    }

    /// <summary>The decoded segments of a string, so escapes and multi-line trimming show in the golden file.</summary>
    private static string Values(SyntaxNode node) =>
        node is StringSyntax @string
            ? $" = {string.Join(" ${…} ", @string.SegmentValues.Select(Escape))}"
            : "";

    private static string Escape(string value)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in value)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }

    private static string Kind(SyntaxNode node)
    {
        var name = node.GetType().Name;
        return name.EndsWith("Syntax", StringComparison.Ordinal) ? name[..^"Syntax".Length] : name;
    }
}
