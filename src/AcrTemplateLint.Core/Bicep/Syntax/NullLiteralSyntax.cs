using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>null</c>.</summary>
public sealed class NullLiteralSyntax(Token literal) : SyntaxNode
{
    public Token Literal { get; } = literal;

    public override IEnumerable<SyntaxElement> Children => [Literal];
}
