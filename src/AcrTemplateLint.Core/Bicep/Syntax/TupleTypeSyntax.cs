using System.Collections.Immutable;
using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>[type, type]</c> or one item per line: an array type with a type per position.</summary>
public sealed class TupleTypeSyntax(Token openBracket, ImmutableArray<SyntaxElement> items, Token closeBracket) : SyntaxNode
{
    public Token OpenBracket { get; } = openBracket;

    public ImmutableArray<SyntaxElement> Items { get; } = items;

    public Token CloseBracket { get; } = closeBracket;

    public IEnumerable<TupleTypeItemSyntax> ItemTypes => Items.OfType<TupleTypeItemSyntax>();

    public override IEnumerable<SyntaxElement> Children => [OpenBracket, .. Items, CloseBracket];
}
