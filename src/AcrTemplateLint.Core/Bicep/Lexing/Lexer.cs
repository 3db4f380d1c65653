using System.Collections.Immutable;
using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Bicep.Lexing;

/// <summary>
/// Splits Bicep text into tokens. Every character ends up in exactly one token or trivia, so the tokens tile the
/// file; malformed input gives a diagnostic and a token anyway (an unterminated string is still a string token), and
/// lexing always goes on to an <see cref="TokenKind.EndOfFile"/> token.
/// </summary>
/// <remarks>
/// Interpolation is modal: after <c>'…${</c> the lexer is inside a hole until the matching <c>}</c>, where it resumes
/// the string. A stack of open holes (and of braces opened inside them) tells a closing brace from a string piece, to
/// any nesting depth without recursion.
/// </remarks>
public sealed partial class Lexer
{
    public const int MaxIdentifierLength = 255;

    private const int CachedRunLength = 16;

    /// <summary>The largest token list kept for the next file (8 MB of references): a huge file's is not kept.</summary>
    private const int MaxScratchTokens = 1 << 20;

    // The token list of the file being lexed, reused for the next file on the same thread: only the final, exactly
    // sized array is allocated per file, not a growing list. Taken (set to null) while in use.
    [ThreadStatic]
    private static List<Token>? tokenScratch;

    private readonly SourceFile file;
    private readonly string text;
    private readonly DiagnosticBag diagnostics;
    private readonly Stack<Frame> frames = new(8); // with a capacity: Array.Empty<Frame>() would be JIT-compiled
    private readonly List<SyntaxTrivia> triviaBuffer = [];
    private readonly Dictionary<string, string> runCache = new(StringComparer.Ordinal);
    private int position;

    private Lexer(SourceFile file, DiagnosticBag diagnostics)
    {
        this.file = file;
        text = file.Text;
        this.diagnostics = diagnostics;
    }

    private enum FrameKind
    {
        /// <summary>A '{' inside an interpolation hole: its '}' closes an object, not the hole.</summary>
        Brace,
        SingleLineString,
        MultilineString,
    }

    public static ImmutableArray<Token> Lex(SourceFile file, DiagnosticBag diagnostics)
    {
        var lexer = new Lexer(file, diagnostics);
        var tokens = tokenScratch ?? [];
        tokenScratch = null;
        Token token;
        do
        {
            token = lexer.LexToken();
            tokens.Add(token);
        }
        while (token.Kind != TokenKind.EndOfFile);

        ImmutableArray<Token> result = [.. tokens];
        tokens.Clear();
        if (tokens.Capacity <= MaxScratchTokens)
        {
            tokenScratch = tokens;
        }

        return result;
    }

    private Token LexToken()
    {
        var leading = ScanTrivia(leading: true);
        var start = position;
        var kind = ScanToken();
        var span = TextSpan.FromBounds(start, position);
        var tokenText = TokenFacts.FixedText(kind) ?? (kind == TokenKind.Identifier ? NameTable.Shared.Get(text.AsSpan(start, position - start)) : Slice(start, position));
        if (kind == TokenKind.Unrecognized)
        {
            diagnostics.Add(tokenText.StartsWith('"')
                ? LexerDiagnostics.DoubleQuote(At(span))
                : LexerDiagnostics.UnexpectedCharacter(At(span), tokenText));
        }

        // Indentation after a line break belongs to the next line's first token.
        var trailing = kind == TokenKind.NewLine ? [] : ScanTrivia(leading: false);
        return new Token(kind, span, tokenText, leading, trailing);
    }

    private TokenKind ScanToken()
    {
        if (position >= text.Length)
        {
            ReportOpenInterpolation(atEndOfFile: true);
            return TokenKind.EndOfFile;
        }

        var c = text[position++];
        switch (c)
        {
            case '{':
                if (frames.Count > 0)
                {
                    frames.Push(new Frame(FrameKind.Brace, 0, default));
                }

                return TokenKind.LeftBrace;
            case '}':
                return CloseBraceOrHole();
            case '(':
                return TokenKind.LeftParen;
            case ')':
                return TokenKind.RightParen;
            case '[':
                return TokenKind.LeftSquare;
            case ']':
                return TokenKind.RightSquare;
            case '@':
                return TokenKind.At;
            case ',':
                return TokenKind.Comma;
            case ';':
                return TokenKind.Semicolon;
            case '+':
                return TokenKind.Plus;
            case '-':
                return TokenKind.Minus;
            case '*':
                return TokenKind.Asterisk;
            case '/':
                return TokenKind.Slash;
            case '%':
                return TokenKind.Modulo;
            case '^':
                return TokenKind.Hat;
            case '.':
                if (Next(0) == '.' && Next(1) == '.')
                {
                    position += 2;
                    return TokenKind.Ellipsis;
                }

                return TokenKind.Dot;
            case '?':
                return Match('?') ? TokenKind.DoubleQuestion : TokenKind.Question;
            case ':':
                return Match(':') ? TokenKind.DoubleColon : TokenKind.Colon;
            case '!':
                return Match('=') ? TokenKind.NotEquals : Match('~') ? TokenKind.NotEqualsInsensitive : TokenKind.Exclamation;
            case '<':
                return Match('=') ? TokenKind.LessThanOrEqual : TokenKind.LessThan;
            case '>':
                return Match('=') ? TokenKind.GreaterThanOrEqual : TokenKind.GreaterThan;
            case '=':
                return Match('=') ? TokenKind.Equals
                    : Match('~') ? TokenKind.EqualsInsensitive
                    : Match('>') ? TokenKind.Arrow
                    : TokenKind.Assignment;
            case '&':
                return Match('&') ? TokenKind.LogicalAnd : TokenKind.Unrecognized;
            case '|':
                return Match('|') ? TokenKind.LogicalOr : TokenKind.Pipe;
            case '\'':
                return ScanStringStart(position - 1);
            case '$':
                return ScanDollar(position - 1);
            case '\r' or '\n':
                if (frames.Count > 0)
                {
                    // A line break inside a hole ends every open string; the parser sees the strings as broken.
                    ReportOpenInterpolation(atEndOfFile: false);
                }

                while (position < text.Length && text[position] is '\r' or '\n')
                {
                    position++;
                }

                return TokenKind.NewLine;
        }

        if (char.IsAsciiDigit(c))
        {
            while (position < text.Length && char.IsAsciiDigit(text[position]))
            {
                position++;
            }

            return TokenKind.Integer;
        }

        if (IsIdentifierStart(c))
        {
            return ScanIdentifier(position - 1);
        }

        if (c == '"')
        {
            // A double-quoted string is one bad token (one diagnostic), not two quotes and whatever lies between.
            var close = text.AsSpan(position).IndexOfAny('"', '\r', '\n');
            if (close >= 0 && text[position + close] == '"')
            {
                position += close + 1;
            }
        }
        else
        {
            while (position < text.Length && IsUnrecognizedRun(text[position]))
            {
                position++;
            }
        }

        return TokenKind.Unrecognized;
    }

    private TokenKind ScanIdentifier(int start)
    {
        while (position < text.Length && IsIdentifierPart(text[position]))
        {
            position++;
        }

        var length = position - start;
        if (length > MaxIdentifierLength)
        {
            diagnostics.Add(LexerDiagnostics.IdentifierTooLong(At(new TextSpan(start, length)), MaxIdentifierLength));
        }

        return length switch
        {
            4 when string.CompareOrdinal(text, start, "true", 0, 4) == 0 => TokenKind.TrueKeyword,
            4 when string.CompareOrdinal(text, start, "null", 0, 4) == 0 => TokenKind.NullKeyword,
            5 when string.CompareOrdinal(text, start, "false", 0, 5) == 0 => TokenKind.FalseKeyword,
            _ => TokenKind.Identifier,
        };
    }

    private TokenKind CloseBraceOrHole()
    {
        if (frames.Count == 0)
        {
            return TokenKind.RightBrace;
        }

        var frame = frames.Peek();
        switch (frame.Kind)
        {
            case FrameKind.Brace:
                frames.Pop();
                return TokenKind.RightBrace;
            case FrameKind.SingleLineString:
                return ScanStringPiece(position - 1, atStart: false);
            default:
                return ScanMultilinePiece(position - 1, atStart: false, frame.Dollars);
        }
    }

    /// <summary>Reports the innermost open interpolation and forgets all of them (the enclosing strings are broken too).</summary>
    private void ReportOpenInterpolation(bool atEndOfFile)
    {
        foreach (var frame in frames)
        {
            if (frame.Kind != FrameKind.Brace)
            {
                diagnostics.Add(LexerDiagnostics.UnterminatedInterpolation(At(frame.Opening), atEndOfFile));
                break;
            }
        }

        frames.Clear();
    }

    private bool Match(char expected)
    {
        if (position < text.Length && text[position] == expected)
        {
            position++;
            return true;
        }

        return false;
    }

    /// <summary>The character <paramref name="offset"/> places after the current one, or '\0' past the end.</summary>
    private char Next(int offset) => position + offset < text.Length ? text[position + offset] : '\0';

    private SourceLocation At(TextSpan span) => new(file, span);

    /// <summary>
    /// The text from <paramref name="start"/> to <paramref name="end"/>. Line breaks and indentation repeat on every
    /// line, so short runs of them share cached strings instead of allocating one per token.
    /// </summary>
    private string Slice(int start, int end)
    {
        var length = end - start;
        if (length <= CachedRunLength && text[start] is ' ' or '\t' or '\n' or '\r')
        {
            var key = text.AsSpan(start, length);
            if (runCache.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out var cached))
            {
                return cached;
            }

            if (key.IndexOfAnyExcept(" \t\r\n") < 0)
            {
                var run = key.ToString();
                runCache.Add(run, run);
                return run;
            }
        }

        return text.Substring(start, length);
    }

    private static bool IsIdentifierStart(char c) => char.IsAsciiLetter(c) || c == '_';

    private static bool IsIdentifierPart(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    /// <summary>
    /// Characters that can never start a token (non-ASCII, control characters, and the ASCII ones Bicep does not use
    /// outside strings, comments and pragmas) are gathered into one unrecognised token, so a run of garbage gives one
    /// diagnostic rather than one per character.
    /// </summary>
    private static bool IsUnrecognizedRun(char c) =>
        c is '#' or '~' or '`' or '\\' || c >= 0x7F || (char.IsControl(c) && c is not ('\t' or '\r' or '\n'));

    /// <summary>An open interpolation hole (with the span of its opening, for diagnostics) or a brace inside one.</summary>
    private readonly record struct Frame(FrameKind Kind, int Dollars, TextSpan Opening);
}
