using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>type.property</c>: the type of a property of an object type.</summary>
public sealed class TypePropertyAccessSyntax(SyntaxElement baseExpression, Token dot, IdentifierSyntax propertyName) : SyntaxNode
{
    public SyntaxElement BaseExpression { get; } = baseExpression;

    public Token Dot { get; } = dot;

    public IdentifierSyntax PropertyName { get; } = propertyName;

    public override IEnumerable<SyntaxElement> Children => [BaseExpression, Dot, PropertyName];
}
