using System.Collections.Immutable;
using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>{ name: type, optional: type?, *: type }</c>.</summary>
public sealed class ObjectTypeSyntax : SyntaxNode
{
    public ObjectTypeSyntax(Token openBrace, ImmutableArray<SyntaxElement> items, Token closeBrace)
    {
        OpenBrace = openBrace;
        Items = items;
        CloseBrace = closeBrace;
    }

    public Token OpenBrace { get; }

    public ImmutableArray<SyntaxElement> Items { get; }

    public Token CloseBrace { get; }

    public IEnumerable<ObjectTypePropertySyntax> Properties => Items.OfType<ObjectTypePropertySyntax>();

    public override IEnumerable<SyntaxElement> Children
    {
        get
        {
            yield return OpenBrace;

            foreach (var item in Items)
            {
                yield return item;
            }

            yield return CloseBrace;
        }
    }
}
