using System.Collections.Immutable;
using AcrTemplateLint.Bicep.Lexing;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary>An array literal, on one line (comma-separated) or several (one item per line).</summary>
public sealed class ArraySyntax(Token openBracket, ImmutableArray<SyntaxElement> items, SyntaxElement closeBracket) : SyntaxNode
{
    public Token OpenBracket { get; } = openBracket;

    public ImmutableArray<SyntaxElement> Items { get; } = items;

    public SyntaxElement CloseBracket { get; } = closeBracket;

    private protected override TextSpan ComputeSpan() => TextSpan.FromBounds(OpenBracket.Span.Start, CloseBracket.Span.End);

    public override IEnumerable<SyntaxElement> Children => [OpenBracket, .. Items, CloseBracket];
}
