using AcrTemplateLint.Arm.Json;
using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Arm;

/// <summary>
/// Linked templates read from disk, each once: the same file linked from several places (or analysed with several
/// parameter sets) is parsed once, reports its syntax errors once, and keeps one <see cref="SourceFile"/> so that
/// its diagnostics and findings compare equal. Not thread-safe: one cache per analysed entry template.
/// </summary>
public sealed class TemplateFileCache
{
    private readonly Dictionary<string, LinkedTemplate?> templates = new(StringComparer.Ordinal);

    /// <summary>The template at <paramref name="fullPath"/>, or null (reported at <paramref name="at"/>) when it cannot be used.</summary>
    public LinkedTemplate? Read(string fullPath, string displayPath, SourceLocation at, string writtenPath, DiagnosticBag diagnostics)
    {
        if (templates.TryGetValue(fullPath, out var cached))
        {
            return cached;
        }

        var template = Load(fullPath, displayPath, at, writtenPath, diagnostics);
        templates[fullPath] = template;
        return template;
    }

    /// <summary>The display path of a file written relative to another file's: "infra/main.json" + "nested/a.json".</summary>
    public static string DisplayPathBeside(string displayPath, string relativePath)
    {
        var directory = Path.GetDirectoryName(displayPath.Replace('\\', '/')) ?? "";
        var combined = Path.Combine(directory, relativePath.Replace('\\', '/')).Replace('\\', '/');
        if (Path.IsPathRooted(combined))
        {
            return Path.GetFullPath(combined).Replace('\\', '/');
        }

        // Resolve "." and ".." without touching the disk or the current directory.
        var parts = new List<string>();
        foreach (var part in combined.Split('/'))
        {
            if (part == ".." && parts.Count > 0 && parts[^1] != "..")
            {
                parts.RemoveAt(parts.Count - 1);
            }
            else if (part is not ("." or ""))
            {
                parts.Add(part);
            }
        }

        return string.Join('/', parts);
    }

    private static LinkedTemplate? Load(string fullPath, string displayPath, SourceLocation at, string writtenPath, DiagnosticBag diagnostics)
    {
        // Larger linked templates are refused, like entry files.
        if (TextFile.TryRead(fullPath, out _, out var problem) is not { } text)
        {
            diagnostics.Add(ArmDiagnostics.LinkedTemplateNotFound(at, writtenPath, problem ?? "unknown error"));
            return null;
        }

        var file = new SourceFile(fullPath, displayPath, text);
        var parsed = JsonParser.Parse(file, diagnostics);
        file.ReleaseText();
        switch (parsed)
        {
            case JsonObject root:
                return new LinkedTemplate(file, root);
            case null:
                return null;
            default:
                diagnostics.Add(ArmDiagnostics.LinkedTemplateNotFound(at, writtenPath, "it is not a JSON object"));
                return null;
        }
    }
}

/// <summary>A linked template file and its JSON root.</summary>
public sealed record LinkedTemplate(SourceFile File, JsonObject Root);
