namespace AcrTemplateLint.Text;

/// <summary>A span in a particular file: the provenance that every token, expression and value carries.</summary>
public sealed record SourceLocation(SourceFile File, TextSpan Span)
{
    public LinePosition Start => File.GetPosition(Span.Start);

    public LinePosition End => File.GetPosition(Span.End);

    public override string ToString() => $"{File.DisplayPath}:{Start}";

    // Written out: the generated equality compares the span through EqualityComparer<TextSpan>.Default, which is
    // created and JIT-compiled on every run; the span's own members are compiled ahead of time.
    public bool Equals(SourceLocation? other) => other is not null && Span == other.Span && File.Equals(other.File);

    public override int GetHashCode() => (File.GetHashCode() * 31) + Span.GetHashCode();
}
