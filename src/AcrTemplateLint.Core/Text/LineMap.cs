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
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                starts.Add(i + 1);
            }
            else if (c == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return new LineMap([.. starts]);
    }

    public LinePosition GetPosition(int offset)
    {
        var index = Array.BinarySearch(lineStarts, offset);
        var line = index >= 0 ? index : ~index - 1;
        return new LinePosition(line, offset - lineStarts[line]);
    }

    public int GetLineStart(int line) => lineStarts[line];
}
