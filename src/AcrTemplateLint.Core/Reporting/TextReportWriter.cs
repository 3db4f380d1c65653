using System.Globalization;
using System.Text;
using AcrTemplateLint.Analysis;
using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Rules.Engine;
using AcrTemplateLint.Text;

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
        var lines = new List<Line>();
        foreach (var finding in result.Findings)
        {
            if (includeSuppressed || !finding.IsSuppressed)
            {
                lines.Add(new Line(finding.Location.File.DisplayPath, finding.Location.Span.Start, Format(finding)));
            }
        }

        // A diagnostic about no file in particular has no place in file(line,col) lines; the CLI prints it to stderr.
        foreach (var diagnostic in result.Diagnostics)
        {
            if (diagnostic.Path is { } path)
            {
                lines.Add(new Line(path, diagnostic.Location?.Span.Start ?? -1, Format(diagnostic)));
            }
        }

        StableSort.Sort(lines, static (a, b) => StableSort.ByPlace(a.Path, a.Start, b.Path, b.Start));
        return lines.Select(l => l.Text);
    }

    private sealed record Line(string Path, int Start, string Text);

    public static string Format(Finding finding)
    {
        var region = Region.Of(finding.Location);
        var sets = finding.ParameterSets.IsEmpty ? "" : $" [with {string.Join(", ", finding.ParameterSets)}]";
        var suppressed = finding.Suppression is { } s ? $" [suppressed: {s.Justification}]" : "";
        return OneLine($"{finding.Location.File.DisplayPath}({region.StartLine},{region.StartColumn}): {Word(finding.Level)} {finding.Rule.Id}: {finding.Message}{sets}{suppressed}");
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
        return OneLine($"{where}: {level} {diagnostic.Code}: {diagnostic.Message}");
    }

    // One line per result: a control character that a template or a file name brought into a message (a line break,
    // a NUL) would break the shape problem matchers read, so it is written as \uXXXX. A loop, not a vectorised
    // search: that is generic code the JIT would compile in every run.
    private static string OneLine(string line)
    {
        var first = 0;
        while (first < line.Length && !char.IsControl(line[first]))
        {
            first++;
        }

        if (first == line.Length)
        {
            return line;
        }

        var escaped = new StringBuilder(line.Length + 8).Append(line, 0, first);
        foreach (var c in line.AsSpan(first))
        {
            if (char.IsControl(c))
            {
                escaped.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }

    private static string Word(FindingLevel level) => level switch
    {
        FindingLevel.Error => "error",
        FindingLevel.Warning => "warning",
        _ => "info",
    };
}
