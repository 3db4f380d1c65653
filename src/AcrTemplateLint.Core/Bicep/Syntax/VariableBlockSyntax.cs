using System.Collections.Immutable;
using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>(a, b)</c>: the names of a loop's item and index, or of a lambda's parameters.</summary>
public sealed class VariableBlockSyntax(Token openParen, ImmutableArray<SyntaxElement> items, SyntaxElement closeParen) : SyntaxNode
{
    public Token OpenParen { get; } = openParen;

    public ImmutableArray<SyntaxElement> Items { get; } = items;

    public SyntaxElement CloseParen { get; } = closeParen;

    public IEnumerable<LocalVariableSyntax> Variables => Items.OfType<LocalVariableSyntax>();

    public override IEnumerable<SyntaxElement> Children => [OpenParen, .. Items, CloseParen];
}
