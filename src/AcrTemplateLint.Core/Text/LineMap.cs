namespace AcrTemplateLint.Text;

/// <summary>
/// Maps offsets to line and column. A line ends at "\n", "\r\n" or a lone "\r", as editors count them.
/// </summary>
/// <remarks>
/// A map outlives its file's text: findings, diagnostics and kept values point into files analysed long before the
/// report, so a run keeps a map for every such file. It is therefore small: each line's length (with its line break)
/// in one byte, the few longer lines' lengths aside, and the start of every 64th line whole, so that a lookup adds at
/// most 63 lengths. That is about a quarter of a start per line in an int array.
/// </remarks>
public sealed class LineMap
{
    private const int BlockSize = 64;

    // A line of this length or more has its length in longLines.
    private const byte Long = byte.MaxValue;

    // The start of lines 0, 64, 128...
    private readonly int[] blockStarts;

    // The length of every line but the last, which has no line break.
    private readonly byte[] lengths;

    // The lines marked Long, in order, and their lengths.
    private readonly int[] longLines;
    private readonly int[] longLengths;

    private LineMap(int[] blockStarts, byte[] lengths, int[] longLines, int[] longLengths) =>
        (this.blockStarts, this.lengths, this.longLines, this.longLengths) = (blockStarts, lengths, longLines, longLengths);

    public int LineCount => lengths.Length + 1;

    public static LineMap Build(string text)
    {
        // Counted first (vectorised), so that the arrays are exactly sized: no list grows and is copied.
        var span = text.AsSpan();
        var returns = span.Count('\r');
        var breaks = span.Count('\n') + returns - (returns == 0 ? 0 : CrLfCount(span));
        var lengths = new byte[breaks];
        var blockStarts = new int[(breaks / BlockSize) + 1];
        var longPairs = Array.Empty<int>();
        var longCount = 0;
        var (line, start, i) = (0, 0, 0);
        while (span[i..].IndexOfAny('\r', '\n') is var found and >= 0)
        {
            i += found;
            i += span[i] == '\r' && i + 1 < span.Length && span[i + 1] == '\n' ? 2 : 1;
            var length = i - start;
            if (length >= Long)
            {
                if (2 * longCount == longPairs.Length)
                {
                    var grown = new int[Math.Max(16, longPairs.Length * 2)];
                    longPairs.AsSpan().CopyTo(grown);
                    longPairs = grown;
                }

                longPairs[2 * longCount] = line;
                longPairs[(2 * longCount++) + 1] = length;
            }

            lengths[line++] = (byte)Math.Min(length, Long);
            start = i;
            if (line % BlockSize == 0)
            {
                blockStarts[line / BlockSize] = start;
            }
        }

        var (longLines, longLengths) = (new int[longCount], new int[longCount]);
        for (var k = 0; k < longCount; k++)
        {
            (longLines[k], longLengths[k]) = (longPairs[2 * k], longPairs[(2 * k) + 1]);
        }

        return new LineMap(blockStarts, lengths, longLines, longLengths);
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
        var found = Array.BinarySearch(blockStarts, offset);
        var line = (found >= 0 ? found : ~found - 1) * BlockSize;
        var start = blockStarts[line / BlockSize];
        while (line < lengths.Length && start + Length(line) <= offset)
        {
            start += Length(line++);
        }

        return new LinePosition(line, offset - start);
    }

    public int GetLineStart(int line)
    {
        var start = blockStarts[line / BlockSize];
        for (var before = line - (line % BlockSize); before < line; before++)
        {
            start += Length(before);
        }

        return start;
    }

    private int Length(int line) =>
        lengths[line] != Long ? lengths[line] : longLengths[Array.BinarySearch(longLines, line)];
}
