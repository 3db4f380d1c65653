using AcrTemplateLint.Text;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary>
/// An immutable node of the concrete syntax tree. A node stores its children, never its span: the span runs from
/// its first child to its last, so it is always consistent with the tokens. Errors are nodes too
/// (<see cref="SkippedSyntax"/>), which keep the tokens they cover, so every tree prints back to its source.
/// </summary>
public abstract class SyntaxNode : SyntaxElement
{
    // The span, computed once: walking the children on every access made span queries quadratic in depth. A tree can
    // be shared by threads (a module used by several templates), so the end is published after the start.
    private int spanStart;
    private int spanEnd = -1;

    /// <summary>The tokens and nodes of this node in source order; absent optional parts are left out.</summary>
    public abstract IEnumerable<SyntaxElement> Children { get; }

    public override TextSpan Span
    {
        get
        {
            var end = Volatile.Read(ref spanEnd);
            if (end >= 0)
            {
                return TextSpan.FromBounds(spanStart, end);
            }

            var span = ComputeSpan();
            spanStart = span.Start;
            Volatile.Write(ref spanEnd, span.End);
            return span;
        }
    }

    /// <summary>From the first child to the last; a node that knows them without listing its children says so.</summary>
    private protected virtual TextSpan ComputeSpan()
    {
        var children = Children;
        if (children is IReadOnlyList<SyntaxElement> list)
        {
            return list.Count == 0 ? EmptySpan : TextSpan.FromBounds(list[0].Span.Start, list[^1].Span.End);
        }

        SyntaxElement? first = null;
        SyntaxElement? last = null;
        foreach (var child in children)
        {
            first ??= child;
            last = child;
        }

        return first is null || last is null ? EmptySpan : TextSpan.FromBounds(first.Span.Start, last.Span.End);
    }

    /// <summary>The span of a node without children; only an empty <see cref="SkippedSyntax"/> has none.</summary>
    private protected virtual TextSpan EmptySpan => default;

    /// <summary>The parts that are there, in order: how a node with optional parts lists its children.</summary>
    private protected static IEnumerable<SyntaxElement> Present(SyntaxElement?[] parts) => parts.OfType<SyntaxElement>();
}
