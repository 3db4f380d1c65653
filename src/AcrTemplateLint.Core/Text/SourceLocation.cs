namespace AcrTemplateLint.Text;

/// <summary>A span in a particular file: the provenance that every token, expression and value carries.</summary>
public sealed record SourceLocation(SourceFile File, TextSpan Span)
{
    public LinePosition Start => File.GetPosition(Span.Start);

    public LinePosition End => File.GetPosition(Span.End);

    public override string ToString() => $"{File.DisplayPath}:{Start}";
}
