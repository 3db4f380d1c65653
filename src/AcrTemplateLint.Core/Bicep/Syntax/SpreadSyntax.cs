using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>...expression</c> inside an object or array literal.</summary>
public sealed class SpreadSyntax : SyntaxNode
{
    public SpreadSyntax(Token ellipsis, SyntaxElement expression)
    {
        Ellipsis = ellipsis;
        Expression = expression;
    }

    public Token Ellipsis { get; }

    public SyntaxElement Expression { get; }

    public override IEnumerable<SyntaxElement> Children
    {
        get
        {
            yield return Ellipsis;
            yield return Expression;
        }
    }
}
