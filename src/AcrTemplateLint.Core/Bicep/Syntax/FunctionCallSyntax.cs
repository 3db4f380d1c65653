using System.Collections.Immutable;
using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>name(arguments)</c>.</summary>
public sealed class FunctionCallSyntax : SyntaxNode
{
    public FunctionCallSyntax(IdentifierSyntax name, Token openParen, ImmutableArray<SyntaxElement> items, SyntaxElement closeParen)
    {
        Name = name;
        OpenParen = openParen;
        Items = items;
        CloseParen = closeParen;
    }

    public IdentifierSyntax Name { get; }

    public Token OpenParen { get; }

    public ImmutableArray<SyntaxElement> Items { get; }

    public SyntaxElement CloseParen { get; }

    public IEnumerable<FunctionArgumentSyntax> Arguments => Items.OfType<FunctionArgumentSyntax>();

    public override IEnumerable<SyntaxElement> Children
    {
        get
        {
            yield return Name;
            yield return OpenParen;

            foreach (var item in Items)
            {
                yield return item;
            }

            yield return CloseParen;
        }
    }
}
