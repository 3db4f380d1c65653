using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>expression!</c>: asserts that a nullable value is not null.</summary>
public sealed class NonNullAssertionSyntax : SyntaxNode
{
    public NonNullAssertionSyntax(SyntaxElement baseExpression, Token exclamation)
    {
        BaseExpression = baseExpression;
        Exclamation = exclamation;
    }

    public SyntaxElement BaseExpression { get; }

    public Token Exclamation { get; }

    public override IEnumerable<SyntaxElement> Children
    {
        get
        {
            yield return BaseExpression;
            yield return Exclamation;
        }
    }
}
