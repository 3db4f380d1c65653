namespace AcrTemplateLint.Text;

/// <summary>
/// Maps offsets to line and column. A line ends at "\n", "\r\n" or a lone "\r", as editors count them.
/// </summary>
public sealed class LineMap
{
    private readonly int[] lineStarts;

    private LineMap(int[] lineStarts) => this.lineStarts = lineStarts;

    public int LineCount => lineStarts.Length;

    public static LineMap Build(string text)
    {
        // Counted first (vectorised), so that the one array is exactly sized: no list grows and is copied.
        var span = text.AsSpan();
        var returns = span.Count('\r');
        var starts = new int[1 + span.Count('\n') + returns - (returns == 0 ? 0 : CrLfCount(span))];
        var line = 1;
        var i = 0;
        while (span[i..].IndexOfAny('\r', '\n') is var found and >= 0)
        {
            i += found;
            i += span[i] == '\r' && i + 1 < span.Length && span[i + 1] == '\n' ? 2 : 1;
            starts[line++] = i;
        }

        return new LineMap(starts);
    }

    // Counted by hand: MemoryExtensions.Count of a two-character span is generic code the JIT compiles on every run.
    private static int CrLfCount(ReadOnlySpan<char> span)
    {
        var count = 0;
        while (span.IndexOf('\r') is var at and >= 0)
        {
            count += at + 1 < span.Length && span[at + 1] == '\n' ? 1 : 0;
            span = span[(at + 1)..];
        }

        return count;
    }

    public LinePosition GetPosition(int offset)
    {
        var index = Array.BinarySearch(lineStarts, offset);
        var line = index >= 0 ? index : ~index - 1;
        return new LinePosition(line, offset - lineStarts[line]);
    }

    public int GetLineStart(int line) => lineStarts[line];
}
