using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>!operand</c> or <c>-operand</c> (also a negative literal in a type).</summary>
public sealed class UnaryOperationSyntax(Token operatorToken, SyntaxElement operand) : SyntaxNode
{
    public Token Operator { get; } = operatorToken;

    public SyntaxElement Operand { get; } = operand;

    public override IEnumerable<SyntaxElement> Children => [Operator, Operand];
}
