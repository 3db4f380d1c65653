using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>...expression</c> inside an object or array literal.</summary>
public sealed class SpreadSyntax(Token ellipsis, SyntaxElement expression) : SyntaxNode
{
    public Token Ellipsis { get; } = ellipsis;

    public SyntaxElement Expression { get; } = expression;

    public override IEnumerable<SyntaxElement> Children => [Ellipsis, Expression];
}
