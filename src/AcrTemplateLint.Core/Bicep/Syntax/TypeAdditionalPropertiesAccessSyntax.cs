using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>type.*</c>: the type of an object type's additional properties.</summary>
public sealed class TypeAdditionalPropertiesAccessSyntax(SyntaxElement baseExpression, Token dot, Token asterisk) : SyntaxNode
{
    public SyntaxElement BaseExpression { get; } = baseExpression;

    public Token Dot { get; } = dot;

    public Token Asterisk { get; } = asterisk;

    public override IEnumerable<SyntaxElement> Children => [BaseExpression, Dot, Asterisk];
}
