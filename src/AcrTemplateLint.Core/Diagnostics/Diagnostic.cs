using AcrTemplateLint.Text;

namespace AcrTemplateLint.Diagnostics;

/// <summary>
/// A problem with the input (or with the tool's configuration), never with the analysed infrastructure:
/// those are findings. <see cref="Code"/> is stable (ATL####) and documented in docs/diagnostics.md.
/// </summary>
public sealed record Diagnostic(string Code, DiagnosticLevel Level, string Message, SourceLocation? Location, string? FilePath = null)
{
    /// <summary>The display path of the file concerned, whether or not a span is known.</summary>
    public string? Path => Location?.File.DisplayPath ?? FilePath;

    public override string ToString()
    {
        var where = Location is { } l ? $"{l.File.DisplayPath}({l.Start.Line + 1},{l.Start.Character + 1}): " : Path is { } p ? $"{p}: " : "";
        return $"{where}{Level.ToString().ToLowerInvariant()} {Code}: {Message}";
    }

    // Written out: the generated members compare the level through EqualityComparer<DiagnosticLevel>.Default, which
    // is made by reflection and JIT-compiled in every run that deduplicates diagnostics.
    public bool Equals(Diagnostic? other) =>
        other is not null && Level == other.Level && Code == other.Code && Message == other.Message && Equals(Location, other.Location) && FilePath == other.FilePath;

    public override int GetHashCode() =>
        ((((Code.GetHashCode() * 31) + (int)Level) * 31 + Message.GetHashCode()) * 31 + (Location?.GetHashCode() ?? 0)) * 31 + (FilePath?.GetHashCode() ?? 0);
}
