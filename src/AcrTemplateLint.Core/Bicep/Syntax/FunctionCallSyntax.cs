using System.Collections.Immutable;
using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>name(arguments)</c>.</summary>
public sealed class FunctionCallSyntax(
    IdentifierSyntax name,
    Token openParen,
    ImmutableArray<SyntaxElement> items,
    SyntaxElement closeParen)
    : SyntaxNode
{
    public IdentifierSyntax Name { get; } = name;

    public Token OpenParen { get; } = openParen;

    public ImmutableArray<SyntaxElement> Items { get; } = items;

    public SyntaxElement CloseParen { get; } = closeParen;

    public IEnumerable<FunctionArgumentSyntax> Arguments => Items.OfType<FunctionArgumentSyntax>();

    public override IEnumerable<SyntaxElement> Children => [Name, OpenParen, .. Items, CloseParen];
}
