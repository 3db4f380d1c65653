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
        var starts = new int[1 + span.Count('\n') + span.Count('\r') - span.Count("\r\n")];
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

    public LinePosition GetPosition(int offset)
    {
        var index = Array.BinarySearch(lineStarts, offset);
        var line = index >= 0 ? index : ~index - 1;
        return new LinePosition(line, offset - lineStarts[line]);
    }

    public int GetLineStart(int line) => lineStarts[line];
}
