using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>true</c> or <c>false</c>.</summary>
public sealed class BooleanLiteralSyntax : SyntaxNode
{
    public BooleanLiteralSyntax(Token literal)
    {
        Literal = literal;
    }

    public Token Literal { get; }

    public bool Value => Literal.Kind == TokenKind.TrueKeyword;

    public override IEnumerable<SyntaxElement> Children
    {
        get
        {
            yield return Literal;
        }
    }
}
