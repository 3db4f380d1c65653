using System.Collections.Immutable;
using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>ns.name&lt;arguments&gt;</c>, e.g. <c>sys.resourceInput&lt;'type@version'&gt;</c>.</summary>
public sealed class InstanceParameterizedTypeSyntax(
    SyntaxElement baseExpression,
    Token dot,
    IdentifierSyntax name,
    Token openChevron,
    ImmutableArray<SyntaxElement> items,
    SyntaxElement closeChevron)
    : SyntaxNode
{
    public SyntaxElement BaseExpression { get; } = baseExpression;

    public Token Dot { get; } = dot;

    public IdentifierSyntax Name { get; } = name;

    public Token OpenChevron { get; } = openChevron;

    public ImmutableArray<SyntaxElement> Items { get; } = items;

    public SyntaxElement CloseChevron { get; } = closeChevron;

    public IEnumerable<TypeArgumentSyntax> Arguments => Items.OfType<TypeArgumentSyntax>();

    public override IEnumerable<SyntaxElement> Children =>
        [BaseExpression, Dot, Name, OpenChevron, .. Items, CloseChevron];
}
