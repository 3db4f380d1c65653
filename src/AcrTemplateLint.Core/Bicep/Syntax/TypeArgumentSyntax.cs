namespace AcrTemplateLint.Bicep.Syntax;

/// <summary>One argument of a parameterized type.</summary>
public sealed class TypeArgumentSyntax(SyntaxElement expression) : SyntaxNode
{
    public SyntaxElement Expression { get; } = expression;

    public override IEnumerable<SyntaxElement> Children => [Expression];
}
