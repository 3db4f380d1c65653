using System.Collections.Immutable;
using System.Text;
using AcrTemplateLint.Bicep.Lexing;
using AcrTemplateLint.Bicep.Parsing;
using AcrTemplateLint.Bicep.Syntax;
using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Tests.Support;

/// <summary>Parses Bicep text for tests and renders trees compactly for assertions.</summary>
public static class Bicep
{
    public sealed record Parsed(SourceFile File, ProgramSyntax Tree, IReadOnlyList<Diagnostic> Diagnostics);

    public static Parsed Parse(string text, bool parameterFile = false, string path = "test.bicep")
    {
        var file = new SourceFile(path, path, text);
        var bag = new DiagnosticBag();
        var tree = parameterFile ? BicepParser.ParseParameters(file, bag) : BicepParser.Parse(file, bag);
        return new Parsed(file, tree, bag.Items);
    }

    public static (ImmutableArray<Token> Tokens, IReadOnlyList<Diagnostic> Diagnostics) Lex(string text)
    {
        var bag = new DiagnosticBag();
        var tokens = Lexer.Lex(new SourceFile("test.bicep", "test.bicep", text), bag);
        return (tokens, bag.Items);
    }

    /// <summary>The single declaration of a one-statement program.</summary>
    public static T Single<T>(this Parsed parsed)
        where T : StatementSyntax
    {
        Assert.That(parsed.Diagnostics, Is.Empty, "unexpected diagnostics");
        return parsed.Tree.Declarations.OfType<T>().Single();
    }

    /// <summary>
    /// A compact, exact rendering: <c>Kind(children)</c> with "Syntax" dropped, tokens and names as their text, and
    /// line breaks as ⏎. <c>1 + 2</c> is <c>BinaryOperation(IntegerLiteral(1) + IntegerLiteral(2))</c>.
    /// </summary>
    public static string Dump(SyntaxElement element)
    {
        switch (element)
        {
            case Token { Kind: TokenKind.NewLine }:
                return "⏎";
            case Token token:
                return token.Text;
            case IdentifierSyntax { IsValid: true } identifier:
                return identifier.Name;
            case SyntaxNode node:
                var kind = node.GetType().Name;
                kind = kind.EndsWith("Syntax", StringComparison.Ordinal) ? kind[..^"Syntax".Length] : kind;
                return $"{kind}({string.Join(" ", node.Children.Select(Dump))})";
            default:
                return "?";
        }
    }

    /// <summary>"line:col code" for each diagnostic (1-based), the usual shape of a recovery assertion.</summary>
    public static IEnumerable<string> Positions(this IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Select(d => $"{d.Location?.Start} {d.Code}");

    /// <summary>
    /// The three tree invariants: the lexer's tokens and trivia tile the text; the tree holds exactly those tokens in
    /// order and prints back to the text; every child's span lies inside its parent's, children in order.
    /// Returns the violations (empty when all hold) so fuzz tests can report the failing case.
    /// </summary>
    public static List<string> CheckInvariants(SourceFile file, ProgramSyntax tree)
    {
        var problems = new List<string>();
        var lexed = Lexer.Lex(file, new DiagnosticBag());
        var position = 0;
        foreach (var token in lexed)
        {
            foreach (var (span, text) in token.LeadingTrivia.Select(t => (t.Span, t.Text))
                .Append((token.Span, token.Text))
                .Concat(token.TrailingTrivia.Select(t => (t.Span, t.Text))))
            {
                if (span.Start != position || span.End > file.Text.Length || file.Text.Substring(span.Start, span.Length) != text)
                {
                    problems.Add($"tiling broken at {position}: {span} '{text}'");
                    return problems;
                }

                position = span.End;
            }
        }

        if (position != file.Text.Length)
        {
            problems.Add($"tokens end at {position}, text at {file.Text.Length}");
        }

        var treeTokens = new List<Token>();
        CheckNode(tree, treeTokens, problems);
        if (treeTokens.Count != lexed.Length || treeTokens.Zip(lexed).Any(pair => pair.First.Span != pair.Second.Span || pair.First.Kind != pair.Second.Kind))
        {
            problems.Add($"the tree holds {treeTokens.Count} tokens, the lexer produced {lexed.Length}");
        }

        if (SyntaxPrinter.Print(tree) != file.Text)
        {
            problems.Add("printing the tree does not reproduce the text");
        }

        return problems;
    }

    private static void CheckNode(SyntaxElement element, List<Token> tokens, List<string> problems)
    {
        if (element is Token token)
        {
            tokens.Add(token);
            return;
        }

        var node = (SyntaxNode)element;
        var span = node.Span;
        var previousEnd = span.Start;
        foreach (var child in node.Children)
        {
            var childSpan = child.Span;
            if (!span.Contains(childSpan) || childSpan.Start < previousEnd)
            {
                problems.Add($"{child.GetType().Name} {childSpan} is outside {node.GetType().Name} {span} or out of order");
            }

            previousEnd = childSpan.End;
            CheckNode(child, tokens, problems);
        }
    }

    /// <summary>Renders diagnostics one per line, as the text report does.</summary>
    public static string Render(IEnumerable<Diagnostic> diagnostics)
    {
        var builder = new StringBuilder();
        foreach (var diagnostic in diagnostics)
        {
            builder.AppendLine(diagnostic.ToString());
        }

        return builder.ToString();
    }
}
