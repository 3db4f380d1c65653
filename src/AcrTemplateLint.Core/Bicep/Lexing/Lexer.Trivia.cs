using System.Collections.Immutable;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Bicep.Lexing;

/// <summary>Whitespace, comments and the diagnostics pragmas that suppressions read.</summary>
public sealed partial class Lexer
{
    private static readonly (string Keyword, PragmaKind Kind)[] PragmaKeywords =
    [
        ("#disable-next-line", PragmaKind.DisableNextLine),
        ("#disable-diagnostics", PragmaKind.DisableDiagnostics),
        ("#restore-diagnostics", PragmaKind.RestoreDiagnostics),
    ];

    /// <summary>
    /// Scans trivia up to the next token or line break. Pragmas are recognised only in leading trivia and only
    /// when nothing but whitespace precedes them on their line, as in Bicep.
    /// </summary>
    private ImmutableArray<SyntaxTrivia> ScanTrivia(bool leading)
    {
        triviaBuffer.Clear();
        while (position < text.Length)
        {
            var start = position;
            var c = text[position];
            if (c is ' ' or '\t' || (c == '\uFEFF' && position == 0))
            {
                position++;
                while (position < text.Length && text[position] is ' ' or '\t')
                {
                    position++;
                }

                triviaBuffer.Add(Trivia(TriviaKind.Whitespace, start));
            }
            else if (c == '/' && Next(1) == '/')
            {
                position = EndOfLine(position);
                triviaBuffer.Add(Trivia(TriviaKind.SingleLineComment, start));
            }
            else if (c == '/' && Next(1) == '*')
            {
                ScanMultiLineComment();
                triviaBuffer.Add(Trivia(TriviaKind.MultiLineComment, start));
            }
            else if (c == '#' && leading && IsFirstOnLine(position) && TryScanPragma() is { } pragma)
            {
                triviaBuffer.Add(pragma);
            }
            else
            {
                break;
            }
        }

        return triviaBuffer.Count == 0 ? [] : [.. triviaBuffer];
    }

    private void ScanMultiLineComment()
    {
        var start = position;
        var end = text.IndexOf("*/", position + 2, StringComparison.Ordinal);
        if (end < 0)
        {
            position = text.Length;
            diagnostics.Add(LexerDiagnostics.UnterminatedComment(At(new TextSpan(start, 2))));
            return;
        }

        position = end + 2;
    }

    /// <summary>
    /// <c>#keyword code1 code2 // reason</c>. The trivia spans the keyword, the codes and the reason comment; trailing
    /// whitespace and a following <c>/* */</c> comment are separate trivia.
    /// </summary>
    private SyntaxTrivia? TryScanPragma()
    {
        foreach (var (keyword, kind) in PragmaKeywords)
        {
            var after = position + keyword.Length;
            if (string.CompareOrdinal(text, position, keyword, 0, keyword.Length) == 0
                && (after >= text.Length || text[after] is ' ' or '\t' or '\r' or '\n'))
            {
                return ScanPragma(kind, keyword.Length);
            }
        }

        return null;
    }

    private SyntaxTrivia ScanPragma(PragmaKind kind, int keywordLength)
    {
        var start = position;
        position += keywordLength;
        var codes = ImmutableArray.CreateBuilder<PragmaCode>();
        string? reason = null;
        while (true)
        {
            var next = position;
            while (next < text.Length && text[next] is ' ' or '\t')
            {
                next++;
            }

            if (next >= text.Length || text[next] is '\r' or '\n' || IsCommentStart(next, '*'))
            {
                break;
            }

            if (IsCommentStart(next, '/'))
            {
                position = EndOfLine(next);
                reason = text[(next + 2)..position].Trim();
                break;
            }

            var codeStart = next;
            while (next < text.Length && text[next] is not (' ' or '\t' or '\r' or '\n') && !IsCommentStart(next, '/') && !IsCommentStart(next, '*'))
            {
                next++;
            }

            codes.Add(new PragmaCode(text[codeStart..next], TextSpan.FromBounds(codeStart, next)));
            position = next;
        }

        if (codes.Count == 0)
        {
            diagnostics.Add(LexerDiagnostics.MissingPragmaCodes(At(new TextSpan(start, keywordLength)), DiagnosticsPragma.KeywordOf(kind)));
        }

        return new SyntaxTrivia(TriviaKind.DiagnosticsPragma, TextSpan.FromBounds(start, position), text[start..position],
            new DiagnosticsPragma(kind, codes.ToImmutable(), reason));
    }

    private bool IsCommentStart(int at, char second) => at + 1 < text.Length && text[at] == '/' && text[at + 1] == second;

    private bool IsFirstOnLine(int at)
    {
        var i = at - 1;
        while (i >= 0 && (text[i] is ' ' or '\t' || (i == 0 && text[i] == '\uFEFF')))
        {
            i--;
        }

        return i < 0 || text[i] is '\r' or '\n';
    }

    private int EndOfLine(int from)
    {
        var end = text.AsSpan(from).IndexOfAny('\r', '\n');
        return end < 0 ? text.Length : from + end;
    }

    private SyntaxTrivia Trivia(TriviaKind kind, int start) =>
        new(kind, TextSpan.FromBounds(start, position), Slice(start, position));
}
