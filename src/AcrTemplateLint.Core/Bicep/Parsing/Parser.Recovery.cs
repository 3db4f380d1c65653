using System.Collections.Immutable;
using AcrTemplateLint.Bicep.Lexing;
using AcrTemplateLint.Bicep.Syntax;
using AcrTemplateLint.Diagnostics;

namespace AcrTemplateLint.Bicep.Parsing;

/// <summary>
/// Error recovery (Bicep's WithRecovery model) and the nesting guard. A sub-parse that meets an unexpected token
/// throws; <see cref="WithRecovery{T}"/> catches it, skips tokens up to a terminator, and returns the skipped tokens
/// as a <see cref="SkippedSyntax"/> carrying the diagnostic. Partial nodes built before the error are dropped, but
/// their tokens are kept, so the tree still prints back to the source.
/// </summary>
internal sealed partial class Parser
{
    /// <summary>
    /// Limit on nested expressions and types (about one level per bracket) and resource bodies; the recursion it
    /// allows fits in a 1 MB stack.
    /// </summary>
    public const int MaxNesting = 200;

    /// <summary>Limit on tree depth including left-nested chains (a.b.c…, 1+2+3…), which tree walkers recurse into.</summary>
    public const int MaxTreeDepth = 1000;

    private int depth;
    private int chainDepth;

    /// <summary>Whether any error node was made; if not, there are no parse errors to collect from the tree.</summary>
    private bool reportedErrors;

    private SyntaxElement WithRecovery<T>(Func<T> parse, RecoveryFlags flags, TokenSet terminators)
        where T : SyntaxElement
    {
        var (start, savedDepth, savedChainDepth, savedItems) = (position, depth, chainDepth, listItems.Count);
        try
        {
            return parse();
        }
        catch (ExpectedTokenException error)
        {
            (depth, chainDepth) = (savedDepth, savedChainDepth);
            DropItems(savedItems);
            return Recover(start, flags, error.Diagnostic, terminators);
        }
    }

    private SkippedSyntax Recover(int start, RecoveryFlags flags, Diagnostic diagnostic, TokenSet terminators)
    {
        if ((flags & RecoveryFlags.SuppressAtStart) != 0 && position == start)
        {
            flags |= RecoveryFlags.SuppressDiagnostics;
        }

        return Synchronize(start, flags, UnlessUnrecognized(diagnostic), terminators);
    }

    /// <summary>
    /// Skips from the current token to the next terminator (or the end), and returns everything consumed since
    /// <paramref name="start"/>. The diagnostic keeps its own span: the token where the expectation failed.
    /// </summary>
    private SkippedSyntax Synchronize(int start, RecoveryFlags flags, Diagnostic? diagnostic, TokenSet terminators)
    {
        while (!AtEnd && !terminators.Contains(Current.Kind))
        {
            position++;
        }

        if ((flags & RecoveryFlags.ConsumeTerminator) != 0 && !AtEnd)
        {
            position++;
        }

        return Skipped(start, (flags & RecoveryFlags.SuppressDiagnostics) != 0 ? null : diagnostic);
    }

    /// <summary>
    /// Drops a parse error about the current token when the lexer has already reported that token as
    /// unrecognised: one diagnostic per mistake.
    /// </summary>
    private Diagnostic? UnlessUnrecognized(Diagnostic diagnostic) =>
        Current.Kind == TokenKind.Unrecognized && diagnostic.Location?.Span.Start == Current.Span.Start ? null : diagnostic;

    /// <summary>The tokens from <paramref name="start"/> up to the current position, as a skipped node.</summary>
    private SkippedSyntax Skipped(int start, Diagnostic? diagnostic) =>
        Skipped(ImmutableArray<SyntaxElement>.CastUp(ImmutableArray.Create(tokens, start, position - start)), diagnostic, tokens[start].Span.Start);

    /// <summary>Already-parsed elements turned into an error node (e.g. a parenthesized list with two items).</summary>
    private SkippedSyntax Skipped(ImmutableArray<SyntaxElement> elements, Diagnostic? diagnostic, int position)
    {
        reportedErrors |= diagnostic is not null;
        return new SkippedSyntax(elements, diagnostic, position);
    }

    /// <summary>Marks a missing part where the current token is, consuming nothing.</summary>
    private SkippedSyntax SkipEmpty(Diagnostic? diagnostic) =>
        Skipped([], diagnostic is null ? null : UnlessUnrecognized(diagnostic), Current.Span.Start);

    /// <summary>Skips the current token (never the end of file) with a diagnostic.</summary>
    private SkippedSyntax SkipCurrent(Diagnostic diagnostic)
    {
        var start = position;
        Read();
        return Skipped(start, diagnostic);
    }

    /// <summary>
    /// Parses a required string with <paramref name="parse"/>: when there is none, throws <paramref name="error"/> to
    /// the enclosing recovery. A malformed string (skipped tokens, already reported by the lexer) is kept as is.
    /// </summary>
    private SyntaxElement ThrowIfSkipped(Func<SyntaxElement> parse, Func<Token, Diagnostic> error)
    {
        var start = Current;
        var result = parse();
        return result is SkippedSyntax { Span.IsEmpty: true } ? throw Expected(error(start)) : result;
    }

    /// <summary>
    /// After a part that is missing (an empty skipped node or name), the next part's error would only repeat the
    /// first at the same place, so it is suppressed; after a part that was skipped up to a terminator, the next
    /// part's error is suppressed if it fails right at that terminator.
    /// </summary>
    private static RecoveryFlags SuppressAfter(SyntaxElement? preceding) =>
        preceding switch
        {
            SkippedSyntax skipped => skipped.Span.IsEmpty ? RecoveryFlags.SuppressDiagnostics : RecoveryFlags.SuppressAtStart,
            IdentifierSyntax { IsValid: false } name => name.Span.IsEmpty ? RecoveryFlags.SuppressDiagnostics : RecoveryFlags.SuppressAtStart,
            _ => RecoveryFlags.None,
        };

    private void EnterNesting()
    {
        if (++depth > MaxNesting)
        {
            throw new NestingTooDeepException(ParserDiagnostics.NestingTooDeep(FoundAt(Current), MaxNesting));
        }
    }

    private void ExitNesting() => depth--;

    /// <summary>Counts one more link of a left-nested chain being built by a loop; the caller subtracts its links at the end.</summary>
    private void ExtendChain(ref int links)
    {
        links++;
        if (++chainDepth + depth > MaxTreeDepth)
        {
            throw new NestingTooDeepException(ParserDiagnostics.NestingTooDeep(FoundAt(Current), MaxTreeDepth));
        }
    }

    /// <summary>
    /// Parses one statement; if it nests too deeply, skips the rest of it: up to the first line break at which the
    /// brackets opened since the statement began are closed again (or to the end of the file).
    /// </summary>
    private SyntaxElement TopLevelStatement()
    {
        var (start, items) = (position, listItems.Count);
        try
        {
            return Declaration(null);
        }
        catch (NestingTooDeepException error)
        {
            (depth, chainDepth) = (0, 0);
            DropItems(items);
            var balance = 0;
            for (var i = start; i < position; i++)
            {
                balance += BracketBalance(tokens[i].Kind);
            }

            while (!AtEnd && !(Check(TokenKind.NewLine) && balance <= 0))
            {
                balance += BracketBalance(Read().Kind);
            }

            return Skipped(start, error.Diagnostic);
        }
    }

    private static int BracketBalance(TokenKind kind) => kind switch
    {
        TokenKind.LeftBrace or TokenKind.LeftParen or TokenKind.LeftSquare or TokenKind.StringLeftPiece => 1,
        TokenKind.RightBrace or TokenKind.RightParen or TokenKind.RightSquare or TokenKind.StringRightPiece => -1,
        _ => 0,
    };

    private static ExpectedTokenException Expected(Diagnostic diagnostic) => new(diagnostic);

    /// <summary>Unwinds to the nearest recovery point; never escapes the parser.</summary>
    private sealed class ExpectedTokenException(Diagnostic diagnostic) : Exception(diagnostic.Message)
    {
        public Diagnostic Diagnostic { get; } = diagnostic;
    }

    /// <summary>Unwinds past all recovery points to the statement, which is then skipped whole.</summary>
    private sealed class NestingTooDeepException(Diagnostic diagnostic) : Exception(diagnostic.Message)
    {
        public Diagnostic Diagnostic { get; } = diagnostic;
    }
}
