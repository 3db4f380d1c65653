using System.Collections.Immutable;
using AcrTemplateLint.Bicep.Lexing;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary>
/// A string: <c>'text'</c>, <c>'a${x}b'</c>, or a multi-line <c>'''…'''</c> / <c>$'''…${x}…'''</c>. There is one more
/// segment token than there are interpolated expressions; <see cref="SegmentValues"/> holds each segment's text with
/// escapes decoded and delimiters removed.
/// </summary>
public sealed class StringSyntax(ImmutableArray<Token> segments, ImmutableArray<SyntaxElement> expressions, ImmutableArray<string> segmentValues)
    : SyntaxNode
{
    public ImmutableArray<Token> Segments { get; } = segments;

    public ImmutableArray<SyntaxElement> Expressions { get; } = expressions;

    public ImmutableArray<string> SegmentValues { get; } = segmentValues;

    public bool IsInterpolated => !Expressions.IsEmpty;

    /// <summary>The value of a string without interpolation; null when it has holes.</summary>
    public string? LiteralValue => IsInterpolated ? null : SegmentValues[0];

    // From the first segment to the last, which surround the expressions.
    private protected override TextSpan ComputeSpan() =>
        Segments.IsEmpty ? base.ComputeSpan() : TextSpan.FromBounds(Segments[0].Span.Start, Segments[^1].Span.End);

    public override IEnumerable<SyntaxElement> Children
    {
        get
        {
            for (var i = 0; i < Segments.Length; i++)
            {
                yield return Segments[i];
                if (i < Expressions.Length)
                {
                    yield return Expressions[i];
                }
            }
        }
    }
}
