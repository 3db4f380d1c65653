using System.Collections.Immutable;
using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary>An array literal, on one line (comma-separated) or several (one item per line).</summary>
public sealed class ArraySyntax(Token openBracket, ImmutableArray<SyntaxElement> items, SyntaxElement closeBracket) : SyntaxNode
{
    public Token OpenBracket { get; } = openBracket;

    public ImmutableArray<SyntaxElement> Items { get; } = items;

    public SyntaxElement CloseBracket { get; } = closeBracket;

    public override IEnumerable<SyntaxElement> Children => [OpenBracket, .. Items, CloseBracket];
}
