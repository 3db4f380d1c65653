using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>parent::child</c>: a nested resource reached through its parent.</summary>
public sealed class ResourceAccessSyntax : SyntaxNode
{
    public ResourceAccessSyntax(SyntaxElement baseExpression, Token doubleColon, IdentifierSyntax resourceName)
    {
        BaseExpression = baseExpression;
        DoubleColon = doubleColon;
        ResourceName = resourceName;
    }

    public SyntaxElement BaseExpression { get; }

    public Token DoubleColon { get; }

    public IdentifierSyntax ResourceName { get; }

    public override IEnumerable<SyntaxElement> Children
    {
        get
        {
            yield return BaseExpression;
            yield return DoubleColon;
            yield return ResourceName;
        }
    }
}
