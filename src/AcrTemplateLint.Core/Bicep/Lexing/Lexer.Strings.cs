using System.Globalization;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Bicep.Lexing;

/// <summary>Strings: single-line with escapes and <c>${…}</c> holes, and multi-line (<c>'''</c>, optionally <c>$'''</c>).</summary>
public sealed partial class Lexer
{
    /// <summary>At the opening quote, already consumed; three quotes start a multi-line string.</summary>
    private TokenKind ScanStringStart(int start)
    {
        if (Next(0) == '\'' && Next(1) == '\'')
        {
            position += 2;
            return ScanMultilinePiece(start, atStart: true, dollars: 0);
        }

        return ScanStringPiece(start, atStart: true);
    }

    /// <summary>A run of '$' followed by ''' starts a multi-line string whose holes open with that many '$' and '{'.</summary>
    private TokenKind ScanDollar(int start)
    {
        var dollars = 1;
        while (Next(0) == '$')
        {
            position++;
            dollars++;
        }

        if (Next(0) == '\'' && Next(1) == '\'' && Next(2) == '\'')
        {
            position += 3;
            return ScanMultilinePiece(start, atStart: true, dollars);
        }

        // The run of '$' is one unrecognised token: lexing the rest again one by one took time quadratic in its length.
        return TokenKind.Unrecognized;
    }

    /// <summary>
    /// Scans a single-line string piece that starts at <paramref name="start"/> (a quote, or the '}' closing a hole).
    /// An unterminated piece still becomes a token; the parser notices the missing delimiter.
    /// </summary>
    private TokenKind ScanStringPiece(int start, bool atStart)
    {
        while (true)
        {
            if (position >= text.Length)
            {
                diagnostics.Add(LexerDiagnostics.UnterminatedString(At(TextSpan.FromBounds(start, position))));
                frames.Clear();
                return atStart ? TokenKind.StringComplete : TokenKind.StringRightPiece;
            }

            var c = text[position];
            if (c is '\r' or '\n')
            {
                diagnostics.Add(LexerDiagnostics.StringLineBreak(At(TextSpan.FromBounds(start, position))));
                frames.Clear();
                return atStart ? TokenKind.StringComplete : TokenKind.StringRightPiece;
            }

            position++;
            if (c == '\'')
            {
                if (!atStart)
                {
                    frames.Pop();
                }

                return atStart ? TokenKind.StringComplete : TokenKind.StringRightPiece;
            }

            if (c == '$' && Next(0) == '{')
            {
                position++;
                if (atStart)
                {
                    frames.Push(new Frame(FrameKind.SingleLineString, 0, new TextSpan(position - 2, 2)));
                }

                return atStart ? TokenKind.StringLeftPiece : TokenKind.StringMiddlePiece;
            }

            if (c == '\\')
            {
                ScanEscape(position - 1);
            }
        }
    }

    /// <summary>After a backslash: \n \r \t \\ \' \$ (and \${, a literal "${"), or \u{hex}.</summary>
    private void ScanEscape(int start)
    {
        if (position >= text.Length || text[position] is '\r' or '\n')
        {
            return; // the string loop reports the missing closing quote
        }

        var c = text[position++];
        switch (c)
        {
            case 'n' or 'r' or 't' or '\\' or '\'':
                return;
            case '$':
                Match('{');
                return;
            case 'u':
                ScanUnicodeEscape(start);
                return;
        }

        if (char.IsHighSurrogate(c) && position < text.Length && char.IsLowSurrogate(text[position]))
        {
            position++;
        }

        var span = TextSpan.FromBounds(start, position);
        diagnostics.Add(LexerDiagnostics.InvalidEscape(At(span), text.Substring(span.Start, span.Length)));
    }

    private void ScanUnicodeEscape(int start)
    {
        if (Match('{'))
        {
            var digitsStart = position;
            while (position < text.Length && char.IsAsciiHexDigit(text[position]))
            {
                position++;
            }

            var digits = text.AsSpan(digitsStart, position - digitsStart);
            if (!digits.IsEmpty && Match('}')
                && uint.TryParse(digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var codePoint)
                && codePoint <= 0x10FFFF)
            {
                return;
            }
        }

        var span = TextSpan.FromBounds(start, position);
        diagnostics.Add(LexerDiagnostics.InvalidUnicodeEscape(At(span), text.Substring(span.Start, span.Length)));
    }

    /// <summary>
    /// Scans a multi-line string piece: no escapes; it ends at three or more quotes (extra quotes belong to the
    /// content), and when the string began with N dollars, N or more '$' followed by '{' open a hole.
    /// </summary>
    private TokenKind ScanMultilinePiece(int start, bool atStart, int dollars)
    {
        while (position < text.Length)
        {
            var c = text[position];
            if (c == '$')
            {
                var run = CountRun('$');
                if (dollars > 0 && run >= dollars && Next(0) == '{')
                {
                    position++;
                    if (atStart)
                    {
                        frames.Push(new Frame(FrameKind.MultilineString, dollars, TextSpan.FromBounds(position - dollars - 1, position)));
                    }

                    return atStart ? TokenKind.StringLeftPiece : TokenKind.StringMiddlePiece;
                }
            }
            else if (c == '\'')
            {
                if (CountRun('\'') >= 3)
                {
                    if (!atStart)
                    {
                        frames.Pop();
                    }

                    return atStart ? TokenKind.StringComplete : TokenKind.StringRightPiece;
                }
            }
            else
            {
                position++;
            }
        }

        diagnostics.Add(LexerDiagnostics.UnterminatedMultilineString(At(TextSpan.FromBounds(start, position))));
        frames.Clear();
        return atStart ? TokenKind.StringComplete : TokenKind.StringRightPiece;
    }

    private int CountRun(char c)
    {
        var start = position;
        while (position < text.Length && text[position] == c)
        {
            position++;
        }

        return position - start;
    }
}
