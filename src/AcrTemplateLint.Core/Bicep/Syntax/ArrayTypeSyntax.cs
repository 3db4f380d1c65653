using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>itemType[]</c>.</summary>
public sealed class ArrayTypeSyntax(SyntaxElement itemType, Token openBracket, Token closeBracket) : SyntaxNode
{
    public SyntaxElement ItemType { get; } = itemType;

    public Token OpenBracket { get; } = openBracket;

    public Token CloseBracket { get; } = closeBracket;

    public override IEnumerable<SyntaxElement> Children => [ItemType, OpenBracket, CloseBracket];
}
