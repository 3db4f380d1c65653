using AcrTemplateLint.Text;

namespace AcrTemplateLint.Analysis;

/// <summary>
/// A file to analyse. Its text is read when it is analysed, not when it is found, so a run holds the text of the
/// files in work rather than of every file found. <see cref="Explicit"/> means it was named on the command line.
/// </summary>
public sealed record InputFile(string FullPath, string DisplayPath, InputKind Kind, bool Explicit)
{
    /// <summary>The file's text, or null with a diagnostic when it is too large or cannot be read.</summary>
    public SourceFile? Read(Diagnostics.DiagnosticBag diagnostics) => Discovery.Read(FullPath, DisplayPath, diagnostics);
}
