namespace AcrTemplateLint.Bicep.Syntax;

/// <summary>One argument of a call.</summary>
public sealed class FunctionArgumentSyntax : SyntaxNode
{
    public FunctionArgumentSyntax(SyntaxElement expression)
    {
        Expression = expression;
    }

    public SyntaxElement Expression { get; }

    public override IEnumerable<SyntaxElement> Children
    {
        get
        {
            yield return Expression;
        }
    }
}
