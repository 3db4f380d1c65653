using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary>A non-negative integer literal (a minus sign is a unary operation).</summary>
public sealed class IntegerLiteralSyntax : SyntaxNode
{
    public IntegerLiteralSyntax(Token literal, ulong value)
    {
        Literal = literal;
        Value = value;
    }

    public Token Literal { get; }

    public ulong Value { get; }

    public override IEnumerable<SyntaxElement> Children
    {
        get
        {
            yield return Literal;
        }
    }
}
