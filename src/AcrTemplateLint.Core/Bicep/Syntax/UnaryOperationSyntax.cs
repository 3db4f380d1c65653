using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>!operand</c> or <c>-operand</c> (also a negative literal in a type).</summary>
public sealed class UnaryOperationSyntax : SyntaxNode
{
    public UnaryOperationSyntax(Token operatorToken, SyntaxElement operand)
    {
        Operator = operatorToken;
        Operand = operand;
    }

    public Token Operator { get; }

    public SyntaxElement Operand { get; }

    public override IEnumerable<SyntaxElement> Children
    {
        get
        {
            yield return Operator;
            yield return Operand;
        }
    }
}
