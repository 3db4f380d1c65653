using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>null</c>.</summary>
public sealed class NullLiteralSyntax : SyntaxNode
{
    public NullLiteralSyntax(Token literal)
    {
        Literal = literal;
    }

    public Token Literal { get; }

    public override IEnumerable<SyntaxElement> Children
    {
        get
        {
            yield return Literal;
        }
    }
}
