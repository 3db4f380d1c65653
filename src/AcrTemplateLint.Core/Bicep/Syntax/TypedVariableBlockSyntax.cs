using System.Collections.Immutable;
using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>(a string, b int)</c>: the parameters of a <c>func</c>.</summary>
public sealed class TypedVariableBlockSyntax(Token openParen, ImmutableArray<SyntaxElement> items, SyntaxElement closeParen) : SyntaxNode
{
    public Token OpenParen { get; } = openParen;

    public ImmutableArray<SyntaxElement> Items { get; } = items;

    public SyntaxElement CloseParen { get; } = closeParen;

    public IEnumerable<TypedLocalVariableSyntax> Variables => Items.OfType<TypedLocalVariableSyntax>();

    public override IEnumerable<SyntaxElement> Children => [OpenParen, .. Items, CloseParen];
}
