using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>type[*]</c>: the element type of an array type.</summary>
public sealed class TypeItemsAccessSyntax(SyntaxElement baseExpression, Token openBracket, Token asterisk, Token closeBracket) : SyntaxNode
{
    public SyntaxElement BaseExpression { get; } = baseExpression;

    public Token OpenBracket { get; } = openBracket;

    public Token Asterisk { get; } = asterisk;

    public Token CloseBracket { get; } = closeBracket;

    public override IEnumerable<SyntaxElement> Children => [BaseExpression, OpenBracket, Asterisk, CloseBracket];
}
