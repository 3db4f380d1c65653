using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>parent::child</c>: a nested resource reached through its parent.</summary>
public sealed class ResourceAccessSyntax(SyntaxElement baseExpression, Token doubleColon, IdentifierSyntax resourceName) : SyntaxNode
{
    public SyntaxElement BaseExpression { get; } = baseExpression;

    public Token DoubleColon { get; } = doubleColon;

    public IdentifierSyntax ResourceName { get; } = resourceName;

    public override IEnumerable<SyntaxElement> Children => [BaseExpression, DoubleColon, ResourceName];
}
