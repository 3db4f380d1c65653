using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>type.property</c>: the type of a property of an object type.</summary>
public sealed class TypePropertyAccessSyntax : SyntaxNode
{
    public TypePropertyAccessSyntax(SyntaxElement baseExpression, Token dot, IdentifierSyntax propertyName)
    {
        BaseExpression = baseExpression;
        Dot = dot;
        PropertyName = propertyName;
    }

    public SyntaxElement BaseExpression { get; }

    public Token Dot { get; }

    public IdentifierSyntax PropertyName { get; }

    public override IEnumerable<SyntaxElement> Children
    {
        get
        {
            yield return BaseExpression;
            yield return Dot;
            yield return PropertyName;
        }
    }
}
