using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>left op right</c> for <c>?? || &amp;&amp; == != =~ !~ &lt; &lt;= &gt; &gt;= + - * / %</c>.</summary>
public sealed class BinaryOperationSyntax : SyntaxNode
{
    public BinaryOperationSyntax(SyntaxElement left, Token operatorToken, SyntaxElement right)
    {
        Left = left;
        Operator = operatorToken;
        Right = right;
    }

    public SyntaxElement Left { get; }

    public Token Operator { get; }

    public SyntaxElement Right { get; }

    public override IEnumerable<SyntaxElement> Children
    {
        get
        {
            yield return Left;
            yield return Operator;
            yield return Right;
        }
    }
}
