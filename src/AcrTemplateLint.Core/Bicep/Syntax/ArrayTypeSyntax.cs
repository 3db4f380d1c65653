using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>itemType[]</c>.</summary>
public sealed class ArrayTypeSyntax : SyntaxNode
{
    public ArrayTypeSyntax(SyntaxElement itemType, Token openBracket, Token closeBracket)
    {
        ItemType = itemType;
        OpenBracket = openBracket;
        CloseBracket = closeBracket;
    }

    public SyntaxElement ItemType { get; }

    public Token OpenBracket { get; }

    public Token CloseBracket { get; }

    public override IEnumerable<SyntaxElement> Children
    {
        get
        {
            yield return ItemType;
            yield return OpenBracket;
            yield return CloseBracket;
        }
    }
}
