using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>type.*</c>: the type of an object type's additional properties.</summary>
public sealed class TypeAdditionalPropertiesAccessSyntax : SyntaxNode
{
    public TypeAdditionalPropertiesAccessSyntax(SyntaxElement baseExpression, Token dot, Token asterisk)
    {
        BaseExpression = baseExpression;
        Dot = dot;
        Asterisk = asterisk;
    }

    public SyntaxElement BaseExpression { get; }

    public Token Dot { get; }

    public Token Asterisk { get; }

    public override IEnumerable<SyntaxElement> Children
    {
        get
        {
            yield return BaseExpression;
            yield return Dot;
            yield return Asterisk;
        }
    }
}
