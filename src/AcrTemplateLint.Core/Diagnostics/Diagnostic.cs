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
}
