using System.Collections.Immutable;
using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>(a, b)</c>: the names of a loop's item and index, or of a lambda's parameters.</summary>
public sealed class VariableBlockSyntax : SyntaxNode
{
    public VariableBlockSyntax(Token openParen, ImmutableArray<SyntaxElement> items, SyntaxElement closeParen)
    {
        OpenParen = openParen;
        Items = items;
        CloseParen = closeParen;
    }

    public Token OpenParen { get; }

    public ImmutableArray<SyntaxElement> Items { get; }

    public SyntaxElement CloseParen { get; }

    public IEnumerable<LocalVariableSyntax> Variables => Items.OfType<LocalVariableSyntax>();

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
