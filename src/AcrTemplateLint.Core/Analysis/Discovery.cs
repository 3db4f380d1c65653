using System.Collections.Immutable;
using System.IO.Enumeration;
using System.Text.RegularExpressions;
using AcrTemplateLint.Configuration;
using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Analysis;

/// <summary>
/// Finds the inputs under the given paths. ARM JSON is recognised by its deploymentTemplate or deploymentParameters
/// $schema, not by extension: a pre-commit hook passes every .json file, and package.json must be skipped silently.
/// </summary>
public static partial class Discovery
{
    // In the shared corpus 99% of the $schema values end within 110 bytes and all but two within 1 KiB; a file whose
    // prefix does not say is read whole.
    private const int SchemaPrefixBytes = 1024;

    private static readonly HashSet<string> SkippedDirectories = new(StringComparer.OrdinalIgnoreCase)
    {
        ".git", ".hg", ".svn", "node_modules", "bin", "obj", ".cache", ".vs", ".idea", "BenchmarkDotNet.Artifacts",
    };

    // Hidden files and folders are inputs too (.github/, .azure/); the folders named in SkippedDirectories are not.
    private static readonly EnumerationOptions WalkOptions = new() { AttributesToSkip = 0, RecurseSubdirectories = false };

    /// <summary>
    /// The inputs under <paramref name="paths"/>, sorted by display path. JSON files are read (in parallel) to be
    /// classified; their text is not kept, so memory does not grow with the number of files found.
    /// </summary>
    public static ImmutableArray<InputFile> Discover(
        IEnumerable<string> paths, string root, DiagnosticBag diagnostics, AcrlintConfig? config = null, int parallelism = 1)
    {
        var excluded = Excluder(config);
        var candidates = new List<Candidate>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path);
            if (File.Exists(full))
            {
                if (!excluded(full) && HasCandidateExtension(full) && seen.Add(full))
                {
                    candidates.Add(new Candidate(full, true));
                }
            }
            else if (Directory.Exists(full))
            {
                candidates.AddRange(Walk(full).Where(f => !excluded(f) && HasCandidateExtension(f) && seen.Add(f)).Select(f => new Candidate(f, false)));
            }
            else
            {
                diagnostics.Add(AnalysisDiagnostics.PathNotFound(path));
            }
        }

        var found = new InputFile?[candidates.Count];
        var problems = new Diagnostic?[candidates.Count];
        ParallelWork.Run(candidates.Count, parallelism, i => found[i] = Find(candidates[i].FullPath, root, candidates[i].Explicit, out problems[i]));
        diagnostics.AddRange(problems.OfType<Diagnostic>());
        return [.. found.OfType<InputFile>().OrderBy(f => f.DisplayPath, StringComparer.Ordinal)];
    }

    /// <summary>A file that may be an input: named on the command line (explicitly) or found in a folder.</summary>
    private sealed record Candidate(string FullPath, bool Explicit);

    // Exclusions apply to files named on the command line too: a pre-commit hook names every changed file.
    private static Func<string, bool> Excluder(AcrlintConfig? config)
    {
        if (config?.Directory is not { } directory || config.Exclude.IsEmpty)
        {
            return _ => false;
        }

        var globs = config.Exclude.Select(e => new Glob(e)).ToList();
        return path => Path.GetRelativePath(directory, path) is var relative
            && !relative.StartsWith("..", StringComparison.Ordinal)
            && globs.Any(g => g.IsMatch(relative));
    }

    /// <summary>The path reports show: relative to the root with '/', or absolute when outside it.</summary>
    public static string DisplayPath(string fullPath, string root)
    {
        var relative = Path.GetRelativePath(root, fullPath);
        var display = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? fullPath : relative;
        return display.Replace('\\', '/');
    }

    private static InputKind? BicepKind(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".bicep" => InputKind.Bicep,
        ".bicepparam" => InputKind.BicepParameters,
        _ => null,
    };

    private static bool IsJson(string path) => Path.GetExtension(path).ToLowerInvariant() is ".json" or ".jsonc";

    private static InputKind? JsonKind(string text)
    {
        var match = SchemaPattern().Match(text);
        return !match.Success ? null
            : match.Groups["kind"].Value.Equals("Template", StringComparison.OrdinalIgnoreCase) ? InputKind.ArmTemplate
            : InputKind.ArmParameters;
    }

    private static bool HasCandidateExtension(string path) => IsJson(path) || BicepKind(path) is not null;

    // Bicep files are known by their extension; JSON only by its content.
    private static InputFile? Find(string fullPath, string root, bool explicitly, out Diagnostic? problem)
    {
        var display = DisplayPath(fullPath, root);
        problem = null;
        try
        {
            var length = new FileInfo(fullPath).Length;
            if (length > TextFile.MaxFileSize)
            {
                problem = AnalysisDiagnostics.FileTooLarge(display, length, TextFile.MaxFileSize);
                return null;
            }

            if (BicepKind(fullPath) is { } kind)
            {
                return new InputFile(fullPath, display, kind, explicitly);
            }

            // The $schema comes first in nearly every template: most files are classified from their first bytes.
            var json = JsonKind(TextFile.Read(fullPath, length, SchemaPrefixBytes, out var complete))
                ?? (complete ? null : JsonKind(TextFile.Read(fullPath, length, int.MaxValue, out _)));
            return json is null ? null : new InputFile(fullPath, display, json.Value, explicitly);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            problem = AnalysisDiagnostics.UnreadableFile(display, error.Message);
            return null;
        }
    }

    /// <summary>A file's text, or null with a diagnostic when it is too large or cannot be read.</summary>
    internal static string? Read(string fullPath, string display, DiagnosticBag diagnostics)
    {
        var text = TextFile.TryRead(fullPath, out var length, out var problem);
        if (problem is not null)
        {
            diagnostics.Add(length > TextFile.MaxFileSize
                ? AnalysisDiagnostics.FileTooLarge(display, length, TextFile.MaxFileSize)
                : AnalysisDiagnostics.UnreadableFile(display, problem));
        }

        return text;
    }

    /// <summary>Every file below a folder: depth-first, sorted, without following symbolic links (which could loop or leave the tree).</summary>
    internal static IEnumerable<string> Walk(string directory)
    {
        var pending = new Stack<string>();
        pending.Push(directory);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            List<FolderEntry> entries;
            try
            {
                // One pass over the folder: each entry says whether it is a folder and a link without another call.
                entries = [.. new FileSystemEnumerable<FolderEntry>(current, static (ref FileSystemEntry entry) => new FolderEntry(entry.ToFullPath(), entry.IsDirectory), WalkOptions)
                {
                    ShouldIncludePredicate = static (ref FileSystemEntry entry) => !entry.IsDirectory
                        || ((entry.Attributes & FileAttributes.ReparsePoint) == 0 && !SkippedDirectories.Contains(entry.FileName.ToString())),
                }];
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            foreach (var file in entries.Where(e => !e.IsFolder).Select(e => e.Path).Order(StringComparer.Ordinal))
            {
                yield return file;
            }

            foreach (var child in entries.Where(e => e.IsFolder).Select(e => e.Path).OrderDescending(StringComparer.Ordinal))
            {
                pending.Push(child);
            }
        }
    }

    private sealed record FolderEntry(string Path, bool IsFolder);

    [GeneratedRegex(@"""\$schema""\s*:\s*""https?://schema\.management\.azure\.com/schemas/[^""]*?(?:subscription|managementGroup|tenant)?Deployment(?<kind>Template|Parameters)\.json", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SchemaPattern();
}
