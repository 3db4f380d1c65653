using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Parsing;

/// <summary>The synchronising token sets used by recovery, named for readability at the call sites.</summary>
internal static class Terminators
{
    public static readonly TokenSet NewLine = TokenSet.Of(TokenKind.NewLine);

    /// <summary>Tokens that close an enclosing construct; recovery inside an expression stops before them.</summary>
    public static readonly TokenSet Closers = TokenSet.Of(
        TokenKind.StringRightPiece, TokenKind.RightBrace, TokenKind.RightParen, TokenKind.RightSquare, TokenKind.NewLine);

    public static readonly TokenSet InterpolationEnd = TokenSet.Of(TokenKind.StringMiddlePiece, TokenKind.StringRightPiece, TokenKind.NewLine);

    public static readonly TokenSet ObjectItem = TokenSet.Of(TokenKind.NewLine, TokenKind.RightBrace);

    public static readonly TokenSet ArrayItem = TokenSet.Of(TokenKind.NewLine, TokenKind.RightSquare);

    public static readonly TokenSet Argument = TokenSet.Of(TokenKind.NewLine, TokenKind.Comma, TokenKind.RightParen);

    public static readonly TokenSet LambdaBody = TokenSet.Of(TokenKind.NewLine, TokenKind.RightParen);
}
