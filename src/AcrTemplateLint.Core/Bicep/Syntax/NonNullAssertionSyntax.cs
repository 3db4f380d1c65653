using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>expression!</c>: asserts that a nullable value is not null.</summary>
public sealed class NonNullAssertionSyntax(SyntaxElement baseExpression, Token exclamation) : SyntaxNode
{
    public SyntaxElement BaseExpression { get; } = baseExpression;

    public Token Exclamation { get; } = exclamation;

    public override IEnumerable<SyntaxElement> Children => [BaseExpression, Exclamation];
}
