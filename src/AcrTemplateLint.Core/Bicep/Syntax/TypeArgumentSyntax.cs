namespace AcrTemplateLint.Bicep.Syntax;

/// <summary>One argument of a parameterized type.</summary>
public sealed class TypeArgumentSyntax : SyntaxNode
{
    public TypeArgumentSyntax(SyntaxElement expression)
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
