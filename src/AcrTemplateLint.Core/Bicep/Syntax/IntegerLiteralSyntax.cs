using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary>A non-negative integer literal (a minus sign is a unary operation).</summary>
public sealed class IntegerLiteralSyntax(Token literal, ulong value) : SyntaxNode
{
    public Token Literal { get; } = literal;

    public ulong Value { get; } = value;

    public override IEnumerable<SyntaxElement> Children => [Literal];
}
