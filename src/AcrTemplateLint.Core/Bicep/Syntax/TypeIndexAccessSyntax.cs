using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>type[0]</c>: the type of one element of a tuple type.</summary>
public sealed class TypeIndexAccessSyntax(
    SyntaxElement baseExpression,
    Token openBracket,
    SyntaxElement indexExpression,
    Token closeBracket)
    : SyntaxNode
{
    public SyntaxElement BaseExpression { get; } = baseExpression;

    public Token OpenBracket { get; } = openBracket;

    public SyntaxElement IndexExpression { get; } = indexExpression;

    public Token CloseBracket { get; } = closeBracket;

    public override IEnumerable<SyntaxElement> Children => [BaseExpression, OpenBracket, IndexExpression, CloseBracket];
}
