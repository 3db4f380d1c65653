using AcrTemplateLint.Analysis;
using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Rules.Engine;

namespace AcrTemplateLint.Reporting;

/// <summary>
/// Compiler-style lines, one per finding or diagnostic: path(line,col): error|warning|info CODE: message.
/// VS Code's $msCompile matcher and MSBuild read exactly this shape (note is spelled info).
/// </summary>
public static class TextReportWriter
{
    public static void Write(AnalysisResult result, TextWriter output, bool includeSuppressed = false)
    {
        foreach (var line in Lines(result, includeSuppressed))
        {
            output.Write(line);
            output.Write('\n');
        }
    }

    public static IEnumerable<string> Lines(AnalysisResult result, bool includeSuppressed = false)
    {
        var findings = result.Findings.Where(f => includeSuppressed || !f.IsSuppressed).Select(f => (Path: f.Location.File.DisplayPath, f.Location.Span.Start, Line: Format(f)));
        // A diagnostic about no file in particular has no place in file(line,col) lines; the CLI prints it to stderr.
        var diagnostics = result.Diagnostics.Where(d => d.Path is not null).Select(d => (Path: d.Path ?? "", Start: d.Location?.Span.Start ?? -1, Line: Format(d)));
        return findings.Concat(diagnostics)
            .OrderBy(x => x.Path, StringComparer.Ordinal)
            .ThenBy(x => x.Start)
            .Select(x => x.Line);
    }

    public static string Format(Finding finding)
    {
        var region = Region.Of(finding.Location);
        var sets = finding.ParameterSets.IsEmpty ? "" : $" [with {string.Join(", ", finding.ParameterSets)}]";
        var suppressed = finding.Suppression is { } s ? $" [suppressed: {s.Justification}]" : "";
        return $"{finding.Location.File.DisplayPath}({region.StartLine},{region.StartColumn}): {Word(finding.Level)} {finding.Rule.Id}: {finding.Message}{sets}{suppressed}";
    }

    public static string Format(Diagnostic diagnostic)
    {
        var level = diagnostic.Level switch
        {
            DiagnosticLevel.Error => "error",
            DiagnosticLevel.Warning => "warning",
            _ => "info",
        };
        var where = diagnostic.Location is { } location
            ? $"{location.File.DisplayPath}({Region.Of(location).StartLine},{Region.Of(location).StartColumn})"
            : $"{diagnostic.Path ?? "acrlint"}(1,1)";
        return $"{where}: {level} {diagnostic.Code}: {diagnostic.Message}";
    }

    private static string Word(FindingLevel level) => level switch
    {
        FindingLevel.Error => "error",
        FindingLevel.Warning => "warning",
        _ => "info",
    };
}
