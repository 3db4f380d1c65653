namespace AcrTemplateLint.Text;

/// <summary>
/// A file's text and where it came from. <see cref="DisplayPath"/> is the repository-relative path with '/'
/// separators that reports show; <see cref="FullPath"/> is used only to read neighbours (modules, parameter files).
/// </summary>
public sealed class SourceFile
{
    private LineMap? lineMap;

    public SourceFile(string fullPath, string displayPath, string text)
    {
        FullPath = fullPath;
        DisplayPath = displayPath;
        Text = text;
    }

    public string FullPath { get; }

    public string DisplayPath { get; }

    public string Text { get; }

    public LineMap Lines => lineMap ??= LineMap.Build(Text);

    public LinePosition GetPosition(int offset) => Lines.GetPosition(offset);

    public string GetText(TextSpan span) => Text.Substring(span.Start, span.Length);

    public override string ToString() => DisplayPath;
}
