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
    private string? text;
    private LineMap? lineMap;

    public SourceFile(string fullPath, string displayPath, string text)
    {
        FullPath = fullPath;
        DisplayPath = displayPath;
        this.text = text;
        Length = text.Length;
        hashCode = StringComparer.Ordinal.GetHashCode(fullPath);
    }

    public string FullPath { get; }

    public string DisplayPath { get; }

    /// <summary>The length of the text, which stays known after the text is released.</summary>
    public int Length { get; }

    public string Text => text ?? throw new InvalidOperationException($"The text of {DisplayPath} was released after it was analysed.");

    public LineMap Lines => lineMap ??= LineMap.Build(Text);

    public LinePosition GetPosition(int offset) => Lines.GetPosition(offset);

    public string GetText(TextSpan span) => Text.Substring(span.Start, span.Length);

    /// <summary>
    /// Drops the text of a file that nothing will read again, keeping the line map that reports need. Files read
    /// from disk are released as soon as they are parsed (trees, tokens and values hold their own strings): findings,
    /// diagnostics and registries outlive their file's analysis, and through their locations would otherwise keep
    /// every such file's text, and a large template's text would be copied by every collection during its analysis.
    /// </summary>
    public void ReleaseText()
    {
        _ = Lines;
        text = null;
    }

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
