using AcrTemplateLint.Text;

namespace AcrTemplateLint.Reporting;

/// <summary>
/// 1-based line and column bounds of a span, end column exclusive, as SARIF wants them (columnKind utf16CodeUnits).
/// An empty span still covers one column so that every consumer shows it.
/// </summary>
public readonly record struct Region(int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    public static Region Of(SourceLocation location)
    {
        var start = location.Start;
        var end = location.End;
        var endColumn = end.Character + 1;
        if (end.Line == start.Line && endColumn <= start.Character + 1)
        {
            endColumn = start.Character + 2;
        }

        return new Region(start.Line + 1, start.Character + 1, end.Line + 1, endColumn);
    }
}
