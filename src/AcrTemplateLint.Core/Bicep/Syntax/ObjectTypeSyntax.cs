using System.Collections.Immutable;
using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>{ name: type, optional: type?, *: type }</c>.</summary>
public sealed class ObjectTypeSyntax(Token openBrace, ImmutableArray<SyntaxElement> items, Token closeBrace) : SyntaxNode
{
    public Token OpenBrace { get; } = openBrace;

    public ImmutableArray<SyntaxElement> Items { get; } = items;

    public Token CloseBrace { get; } = closeBrace;

    public IEnumerable<ObjectTypePropertySyntax> Properties => Items.OfType<ObjectTypePropertySyntax>();

    public override IEnumerable<SyntaxElement> Children => [OpenBrace, .. Items, CloseBrace];
}
