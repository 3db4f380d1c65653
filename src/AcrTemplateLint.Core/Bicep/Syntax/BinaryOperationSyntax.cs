using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>left op right</c> for <c>?? || &amp;&amp; == != =~ !~ &lt; &lt;= &gt; &gt;= + - * / %</c>.</summary>
public sealed class BinaryOperationSyntax(SyntaxElement left, Token operatorToken, SyntaxElement right) : SyntaxNode
{
    public SyntaxElement Left { get; } = left;

    public Token Operator { get; } = operatorToken;

    public SyntaxElement Right { get; } = right;

    public override IEnumerable<SyntaxElement> Children => [Left, Operator, Right];
}
