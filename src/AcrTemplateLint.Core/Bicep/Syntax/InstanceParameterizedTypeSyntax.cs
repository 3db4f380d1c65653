using System.Collections.Immutable;
using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>ns.name&lt;arguments&gt;</c>, e.g. <c>sys.resourceInput&lt;'type@version'&gt;</c>.</summary>
public sealed class InstanceParameterizedTypeSyntax : SyntaxNode
{
    public InstanceParameterizedTypeSyntax(
        SyntaxElement baseExpression,
        Token dot,
        IdentifierSyntax name,
        Token openChevron,
        ImmutableArray<SyntaxElement> items,
        SyntaxElement closeChevron)
    {
        BaseExpression = baseExpression;
        Dot = dot;
        Name = name;
        OpenChevron = openChevron;
        Items = items;
        CloseChevron = closeChevron;
    }

    public SyntaxElement BaseExpression { get; }

    public Token Dot { get; }

    public IdentifierSyntax Name { get; }

    public Token OpenChevron { get; }

    public ImmutableArray<SyntaxElement> Items { get; }

    public SyntaxElement CloseChevron { get; }

    public IEnumerable<TypeArgumentSyntax> Arguments => Items.OfType<TypeArgumentSyntax>();

    public override IEnumerable<SyntaxElement> Children
    {
        get
        {
            yield return BaseExpression;
            yield return Dot;
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
