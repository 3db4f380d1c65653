using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>(expression)</c>, also <c>(type)</c> in type expressions.</summary>
public sealed class ParenthesizedExpressionSyntax(Token openParen, SyntaxElement expression, SyntaxElement closeParen) : SyntaxNode
{
    public Token OpenParen { get; } = openParen;

    public SyntaxElement Expression { get; } = expression;

    public SyntaxElement CloseParen { get; } = closeParen;

    public override IEnumerable<SyntaxElement> Children => [OpenParen, Expression, CloseParen];
}
