using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>(expression)</c>, also <c>(type)</c> in type expressions.</summary>
public sealed class ParenthesizedExpressionSyntax : SyntaxNode
{
    public ParenthesizedExpressionSyntax(Token openParen, SyntaxElement expression, SyntaxElement closeParen)
    {
        OpenParen = openParen;
        Expression = expression;
        CloseParen = closeParen;
    }

    public Token OpenParen { get; }

    public SyntaxElement Expression { get; }

    public SyntaxElement CloseParen { get; }

    public override IEnumerable<SyntaxElement> Children
    {
        get
        {
            yield return OpenParen;
            yield return Expression;
            yield return CloseParen;
        }
    }
}
