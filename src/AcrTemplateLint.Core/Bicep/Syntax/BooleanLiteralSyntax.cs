using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>true</c> or <c>false</c>.</summary>
public sealed class BooleanLiteralSyntax(Token literal) : SyntaxNode
{
    public Token Literal { get; } = literal;

    public bool Value => Literal.Kind == TokenKind.TrueKeyword;

    public override IEnumerable<SyntaxElement> Children => [Literal];
}
