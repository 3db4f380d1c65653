namespace AcrTemplateLint.Text;

/// <summary>
/// A file's text and where it came from. <see cref="DisplayPath"/> is the repository-relative path with '/'
/// separators that reports show; <see cref="FullPath"/> is used only to read neighbours (modules, parameter files).
/// Two reads of one file are the same file: equality is by path, so locations from a file parsed twice (a module
/// that fell out of the cache) still match each other and the file's suppressions.
/// </summary>
public sealed class SourceFile : IEquatable<SourceFile>
{
    private readonly int hashCode;
    private LineMap? lineMap;

    public SourceFile(string fullPath, string displayPath, string text)
    {
        FullPath = fullPath;
        DisplayPath = displayPath;
        Text = text;
        hashCode = StringComparer.Ordinal.GetHashCode(fullPath);
    }

    public string FullPath { get; }

    public string DisplayPath { get; }

    public string Text { get; }

    public LineMap Lines => lineMap ??= LineMap.Build(Text);

    public LinePosition GetPosition(int offset) => Lines.GetPosition(offset);

    public string GetText(TextSpan span) => Text.Substring(span.Start, span.Length);

    public static bool operator ==(SourceFile? left, SourceFile? right) => Equals(left, right);

    public static bool operator !=(SourceFile? left, SourceFile? right) => !Equals(left, right);

    public bool Equals(SourceFile? other) =>
        ReferenceEquals(this, other)
        || (other is not null && string.Equals(FullPath, other.FullPath, StringComparison.Ordinal) && string.Equals(DisplayPath, other.DisplayPath, StringComparison.Ordinal));

    public override bool Equals(object? obj) => Equals(obj as SourceFile);

    // Computed once: symbols and diagnostics hash their locations often.
    public override int GetHashCode() => hashCode;

    public override string ToString() => DisplayPath;
}
