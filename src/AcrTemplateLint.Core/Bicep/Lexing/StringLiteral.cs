using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace AcrTemplateLint.Bicep.Lexing;

/// <summary>
/// Turns the tokens of one string into the text of its segments: delimiters removed, escapes decoded, and the line
/// break right after an opening ''' dropped. Returns null when a token is malformed (the lexer has already reported
/// why), so a broken string never yields a value.
/// </summary>
public static class StringLiteral
{
    private const string TripleQuote = "'''";

    public static ImmutableArray<string>? TryGetSegmentValues(IReadOnlyList<Token> segments)
    {
        if (segments.Count == 0)
        {
            return null;
        }

        var dollars = CountDollars(segments[0].Text);
        var multiline = dollars > 0 || segments[0].Text.StartsWith(TripleQuote, StringComparison.Ordinal);
        var values = ImmutableArray.CreateBuilder<string>(segments.Count);
        foreach (var segment in segments)
        {
            var value = multiline ? TryGetMultilineValue(segment, dollars) : TryGetSingleLineValue(segment);
            if (value is null)
            {
                return null;
            }

            values.Add(value);
        }

        return values.MoveToImmutable();
    }

    private static string? TryGetSingleLineValue(Token token)
    {
        var (open, close) = token.Kind switch
        {
            TokenKind.StringComplete => ("'", "'"),
            TokenKind.StringLeftPiece => ("'", "${"),
            TokenKind.StringMiddlePiece => ("}", "${"),
            TokenKind.StringRightPiece => ("}", "'"),
            _ => ("", ""),
        };

        if (!HasDelimiters(token.Text, open, close))
        {
            return null;
        }

        var content = token.Text.AsSpan(open.Length, token.Text.Length - open.Length - close.Length);
        if (content.IndexOfAny('\\', '\'') < 0)
        {
            return content.ToString(); // most strings: nothing to decode
        }

        var builder = new StringBuilder(content.Length);
        for (var i = 0; i < content.Length; i++)
        {
            var c = content[i];
            if (c == '\'')
            {
                return null; // an unescaped quote: the closing quote was escaped
            }

            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }

            var length = TryDecodeEscape(content[i..], builder);
            if (length == 0)
            {
                return null;
            }

            i += length - 1;
        }

        return builder.ToString();
    }

    /// <summary>Decodes the escape at the start of <paramref name="text"/>; returns its length, or 0 when it is invalid.</summary>
    private static int TryDecodeEscape(ReadOnlySpan<char> text, StringBuilder builder)
    {
        if (text.Length < 2)
        {
            return 0;
        }

        switch (text[1])
        {
            case 'n':
                builder.Append('\n');
                return 2;
            case 'r':
                builder.Append('\r');
                return 2;
            case 't':
                builder.Append('\t');
                return 2;
            case '\\' or '\'':
                builder.Append(text[1]);
                return 2;
            case '$':
                builder.Append('$');
                if (text.Length > 2 && text[2] == '{')
                {
                    builder.Append('{');
                    return 3;
                }

                return 2;
            case 'u':
                var close = text.IndexOf('}');
                if (text.Length < 4 || text[2] != '{' || close < 4
                    || !uint.TryParse(text[3..close], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var codePoint)
                    || codePoint > 0x10FFFF)
                {
                    return 0;
                }

                if (codePoint is >= 0xD800 and <= 0xDFFF)
                {
                    builder.Append((char)codePoint); // a lone surrogate is kept as written
                }
                else
                {
                    builder.Append(char.ConvertFromUtf32((int)codePoint));
                }

                return close + 1;
            default:
                return 0;
        }
    }

    private static string? TryGetMultilineValue(Token token, int dollars)
    {
        var hole = new string('$', Math.Max(dollars, 1)) + "{";
        var (open, close) = token.Kind switch
        {
            TokenKind.StringComplete => (new string('$', dollars) + TripleQuote, TripleQuote),
            TokenKind.StringLeftPiece when dollars > 0 => (new string('$', dollars) + TripleQuote, hole),
            TokenKind.StringMiddlePiece when dollars > 0 => ("}", hole),
            TokenKind.StringRightPiece when dollars > 0 => ("}", TripleQuote),
            _ => ("", ""),
        };

        if (open.Length == 0 || !HasDelimiters(token.Text, open, close))
        {
            return null;
        }

        var start = open.Length;
        if (token.Kind is TokenKind.StringComplete or TokenKind.StringLeftPiece)
        {
            // A line break right after the opening ''' is not part of the value.
            if (start < token.Text.Length - close.Length && token.Text[start] == '\r')
            {
                start++;
            }

            if (start < token.Text.Length - close.Length && token.Text[start] == '\n')
            {
                start++;
            }
        }

        return token.Text.Substring(start, token.Text.Length - start - close.Length);
    }

    private static bool HasDelimiters(string text, string open, string close) =>
        text.Length >= open.Length + close.Length
        && text.StartsWith(open, StringComparison.Ordinal)
        && text.EndsWith(close, StringComparison.Ordinal);

    private static int CountDollars(string text)
    {
        var count = 0;
        while (count < text.Length && text[count] == '$')
        {
            count++;
        }

        return count;
    }
}
