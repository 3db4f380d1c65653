using System.Collections.Immutable;
using AcrTemplateLint.Bicep.Lexing;
using AcrTemplateLint.Bicep.Syntax;

namespace AcrTemplateLint.Bicep.Parsing;

/// <summary>Strings with interpolation: the lexer's pieces around each hole, with one expression per hole.</summary>
internal sealed partial class Parser
{
    /// <summary>
    /// Parses a string starting at the current token. A string the lexer could not finish (unterminated, a line
    /// break in a hole) becomes a skipped node without a further diagnostic: the lexer has reported it.
    /// </summary>
    private SyntaxElement InterpolableString()
    {
        var start = position;
        var segments = ImmutableArray.CreateBuilder<Token>();
        var holes = ImmutableArray.CreateBuilder<SyntaxElement>();
        while (true)
        {
            var first = segments.Count == 0;
            var kind = Current.Kind;
            if (kind == (first ? TokenKind.StringComplete : TokenKind.StringRightPiece))
            {
                segments.Add(Read());
                break;
            }

            if (kind != (first ? TokenKind.StringLeftPiece : TokenKind.StringMiddlePiece))
            {
                return Skipped(start, null);
            }

            segments.Add(Read());
            holes.Add(Hole());
            if (Check(TokenKind.NewLine) || AtEnd)
            {
                return Skipped(start, null);
            }
        }

        return StringLiteral.TryGetSegmentValues(segments) is { } values
            ? new StringSyntax(segments.ToImmutable(), holes.ToImmutable(), values)
            : Skipped(start, null);
    }

    /// <summary>The expression inside <c>${…}</c>; object and array literals are not allowed there.</summary>
    private SyntaxElement Hole()
    {
        var start = position;
        var expression = WithRecovery(expressions[(int)ExpressionFlags.None], RecoveryFlags.None, Terminators.InterpolationEnd);
        if (Terminators.InterpolationEnd.Contains(Current.Kind) || AtEnd)
        {
            return expression;
        }

        // More tokens before the closing '}': keep the expression and the extra tokens together as one error.
        var error = ParserDiagnostics.UnexpectedInInterpolation(FoundAt(Current), Describe(Current));
        Synchronize(position, RecoveryFlags.None, null, Terminators.InterpolationEnd);
        return Skipped(start, error);
    }
}
