namespace AcrTemplateLint.Bicep.Lexing;

/// <summary>Fixed spellings of tokens, and how diagnostics describe a token that was found where it does not fit.</summary>
public static class TokenFacts
{
    private const int MaxQuotedLength = 40;

    /// <summary>The text every token of this kind has, or null when it varies (identifiers, strings, numbers…).</summary>
    public static string? FixedText(TokenKind kind) => kind switch
    {
        TokenKind.EndOfFile => "",
        TokenKind.TrueKeyword => "true",
        TokenKind.FalseKeyword => "false",
        TokenKind.NullKeyword => "null",
        TokenKind.At => "@",
        TokenKind.LeftBrace => "{",
        TokenKind.RightBrace => "}",
        TokenKind.LeftParen => "(",
        TokenKind.RightParen => ")",
        TokenKind.LeftSquare => "[",
        TokenKind.RightSquare => "]",
        TokenKind.Comma => ",",
        TokenKind.Dot => ".",
        TokenKind.Question => "?",
        TokenKind.Colon => ":",
        TokenKind.Semicolon => ";",
        TokenKind.Assignment => "=",
        TokenKind.Plus => "+",
        TokenKind.Minus => "-",
        TokenKind.Asterisk => "*",
        TokenKind.Slash => "/",
        TokenKind.Modulo => "%",
        TokenKind.Exclamation => "!",
        TokenKind.LessThan => "<",
        TokenKind.GreaterThan => ">",
        TokenKind.LessThanOrEqual => "<=",
        TokenKind.GreaterThanOrEqual => ">=",
        TokenKind.Equals => "==",
        TokenKind.NotEquals => "!=",
        TokenKind.EqualsInsensitive => "=~",
        TokenKind.NotEqualsInsensitive => "!~",
        TokenKind.LogicalAnd => "&&",
        TokenKind.LogicalOr => "||",
        TokenKind.DoubleQuestion => "??",
        TokenKind.DoubleColon => "::",
        TokenKind.Arrow => "=>",
        TokenKind.Pipe => "|",
        TokenKind.Ellipsis => "...",
        TokenKind.Hat => "^",
        _ => null,
    };

    /// <summary>How a message names the token: "'foo'", "the string 'abc'", "the end of the line"…</summary>
    public static string Describe(Token token) => token.Kind switch
    {
        TokenKind.EndOfFile => "the end of the file",
        TokenKind.NewLine => "the end of the line",
        TokenKind.StringComplete or TokenKind.StringLeftPiece => $"the string {Quote(token.Text)}",
        TokenKind.StringMiddlePiece or TokenKind.StringRightPiece => $"the string piece {Quote(token.Text)}",
        TokenKind.Unrecognized => $"the unexpected character(s) {Quote(Printable(token.Text))}",
        _ => Quote(token.Text),
    };

    /// <summary>Quotes text for a message, shortened so one bad token cannot flood the output.</summary>
    public static string Quote(string text)
    {
        var shown = text.Length > MaxQuotedLength ? text[..MaxQuotedLength] + "…" : text;
        return $"'{shown}'";
    }

    /// <summary>Spells control and invisible characters as U+XXXX so a message shows what is actually there.</summary>
    public static string Printable(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (char.IsControl(c) || char.IsSurrogate(c) || c == '\uFEFF')
            {
                builder.Append($"U+{(int)c:X4}");
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
