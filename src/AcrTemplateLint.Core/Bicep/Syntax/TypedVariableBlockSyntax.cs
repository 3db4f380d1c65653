using System.Collections.Immutable;
using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>(a string, b int)</c>: the parameters of a <c>func</c>.</summary>
public sealed class TypedVariableBlockSyntax : SyntaxNode
{
    public TypedVariableBlockSyntax(Token openParen, ImmutableArray<SyntaxElement> items, SyntaxElement closeParen)
    {
        OpenParen = openParen;
        Items = items;
        CloseParen = closeParen;
    }

    public Token OpenParen { get; }

    public ImmutableArray<SyntaxElement> Items { get; }

    public SyntaxElement CloseParen { get; }

    public IEnumerable<TypedLocalVariableSyntax> Variables => Items.OfType<TypedLocalVariableSyntax>();

    public override IEnumerable<SyntaxElement> Children
    {
        get
        {
            yield return OpenParen;

            foreach (var item in Items)
            {
                yield return item;
            }

            yield return CloseParen;
        }
    }
}
