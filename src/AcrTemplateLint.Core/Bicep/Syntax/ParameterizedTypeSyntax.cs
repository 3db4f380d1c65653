using System.Collections.Immutable;
using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>name&lt;arguments&gt;</c>: <c>resourceInput&lt;'type@version'&gt;</c>, <c>resourceOutput&lt;…&gt;</c>, <c>resource&lt;…&gt;</c>.</summary>
public sealed class ParameterizedTypeSyntax(
    IdentifierSyntax name,
    Token openChevron,
    ImmutableArray<SyntaxElement> items,
    SyntaxElement closeChevron)
    : SyntaxNode
{
    public IdentifierSyntax Name { get; } = name;

    public Token OpenChevron { get; } = openChevron;

    public ImmutableArray<SyntaxElement> Items { get; } = items;

    public SyntaxElement CloseChevron { get; } = closeChevron;

    public IEnumerable<TypeArgumentSyntax> Arguments => Items.OfType<TypeArgumentSyntax>();

    public override IEnumerable<SyntaxElement> Children => [Name, OpenChevron, .. Items, CloseChevron];
}
