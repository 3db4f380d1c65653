using System.Collections.Immutable;
using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>name&lt;arguments&gt;</c>: <c>resourceInput&lt;'type@version'&gt;</c>, <c>resourceOutput&lt;…&gt;</c>, <c>resource&lt;…&gt;</c>.</summary>
public sealed class ParameterizedTypeSyntax : SyntaxNode
{
    public ParameterizedTypeSyntax(
        IdentifierSyntax name,
        Token openChevron,
        ImmutableArray<SyntaxElement> items,
        SyntaxElement closeChevron)
    {
        Name = name;
        OpenChevron = openChevron;
        Items = items;
        CloseChevron = closeChevron;
    }

    public IdentifierSyntax Name { get; }

    public Token OpenChevron { get; }

    public ImmutableArray<SyntaxElement> Items { get; }

    public SyntaxElement CloseChevron { get; }

    public IEnumerable<TypeArgumentSyntax> Arguments => Items.OfType<TypeArgumentSyntax>();

    public override IEnumerable<SyntaxElement> Children
    {
        get
        {
            yield return Name;
            yield return OpenChevron;

            foreach (var item in Items)
            {
                yield return item;
            }

            yield return CloseChevron;
        }
    }
}
