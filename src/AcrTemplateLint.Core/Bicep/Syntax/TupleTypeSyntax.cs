using System.Collections.Immutable;
using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>[type, type]</c> or one item per line: an array type with a type per position.</summary>
public sealed class TupleTypeSyntax : SyntaxNode
{
    public TupleTypeSyntax(Token openBracket, ImmutableArray<SyntaxElement> items, Token closeBracket)
    {
        OpenBracket = openBracket;
        Items = items;
        CloseBracket = closeBracket;
    }

    public Token OpenBracket { get; }

    public ImmutableArray<SyntaxElement> Items { get; }

    public Token CloseBracket { get; }

    public IEnumerable<TupleTypeItemSyntax> ItemTypes => Items.OfType<TupleTypeItemSyntax>();

    public override IEnumerable<SyntaxElement> Children
    {
        get
        {
            yield return OpenBracket;

            foreach (var item in Items)
            {
                yield return item;
            }

            yield return CloseBracket;
        }
    }
}
