namespace AcrTemplateLint.Bicep.Syntax;

/// <summary>One argument of a call.</summary>
public sealed class FunctionArgumentSyntax(SyntaxElement expression) : SyntaxNode
{
    public SyntaxElement Expression { get; } = expression;

    public override IEnumerable<SyntaxElement> Children => [Expression];
}
