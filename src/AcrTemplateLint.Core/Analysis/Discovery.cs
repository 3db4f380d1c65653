using System.Collections.Immutable;
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
    /// <summary>Larger files are refused with a diagnostic instead of being read into memory.</summary>
    public const long MaxFileSize = 16L * 1024 * 1024;

    private static readonly HashSet<string> SkippedDirectories = new(StringComparer.OrdinalIgnoreCase)
    {
        ".git", ".hg", ".svn", "node_modules", "bin", "obj", ".cache", ".vs", ".idea", "BenchmarkDotNet.Artifacts",
    };

    public static ImmutableArray<InputFile> Discover(IEnumerable<string> paths, string root, DiagnosticBag diagnostics, AcrlintConfig? config = null)
    {
        var excluded = Excluder(config);
        var found = new Dictionary<string, InputFile>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path);
            if (File.Exists(full))
            {
                if (!excluded(full))
                {
                    Add(full, root, explicitly: true, found, diagnostics);
                }
            }
            else if (Directory.Exists(full))
            {
                foreach (var file in Walk(full).Where(f => !excluded(f)))
                {
                    Add(file, root, explicitly: false, found, diagnostics);
                }
            }
            else
            {
                diagnostics.Add(AnalysisDiagnostics.PathNotFound(path));
            }
        }

        return [.. found.Values.OrderBy(f => f.Source.DisplayPath, StringComparer.Ordinal)];
    }

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

    /// <summary>Classifies a file by extension and content; null for files acrlint does not analyse.</summary>
    public static InputKind? Classify(string path, string text)
    {
        var extension = Path.GetExtension(path);
        if (extension.Equals(".bicep", StringComparison.OrdinalIgnoreCase))
        {
            return InputKind.Bicep;
        }

        if (extension.Equals(".bicepparam", StringComparison.OrdinalIgnoreCase))
        {
            return InputKind.BicepParameters;
        }

        if (!extension.Equals(".json", StringComparison.OrdinalIgnoreCase) && !extension.Equals(".jsonc", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var match = SchemaPattern().Match(text);
        return !match.Success ? null
            : match.Groups["kind"].Value.Equals("Template", StringComparison.OrdinalIgnoreCase) ? InputKind.ArmTemplate
            : InputKind.ArmParameters;
    }

    private static bool HasCandidateExtension(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".json" or ".jsonc" or ".bicep" or ".bicepparam";

    private static void Add(string fullPath, string root, bool explicitly, Dictionary<string, InputFile> found, DiagnosticBag diagnostics)
    {
        if (found.ContainsKey(fullPath) || !HasCandidateExtension(fullPath))
        {
            return;
        }

        var display = DisplayPath(fullPath, root);
        if (Read(fullPath, display, diagnostics) is { } text && Classify(fullPath, text) is { } kind)
        {
            found[fullPath] = new InputFile(new SourceFile(fullPath, display, text), kind, explicitly);
        }
    }

    /// <summary>A file's text, or null with a diagnostic when it is too large or cannot be read.</summary>
    internal static string? Read(string fullPath, string display, DiagnosticBag diagnostics)
    {
        try
        {
            var size = new FileInfo(fullPath).Length;
            if (size > MaxFileSize)
            {
                diagnostics.Add(AnalysisDiagnostics.FileTooLarge(display, size, MaxFileSize));
                return null;
            }

            return File.ReadAllText(fullPath);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(AnalysisDiagnostics.UnreadableFile(display, error.Message));
            return null;
        }
    }

    /// <summary>Every file below a folder: depth-first, sorted, without following symbolic links (which could loop or leave the tree).</summary>
    internal static IEnumerable<string> Walk(string directory)
    {
        var pending = new Stack<string>();
        pending.Push(directory);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            IEnumerable<string> files;
            IEnumerable<string> children;
            try
            {
                files = Directory.EnumerateFiles(current).Order(StringComparer.Ordinal).ToList();
                children = Directory.EnumerateDirectories(current)
                    .Where(d => !SkippedDirectories.Contains(Path.GetFileName(d)) && new DirectoryInfo(d).LinkTarget is null)
                    .OrderDescending(StringComparer.Ordinal)
                    .ToList();
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            foreach (var file in files)
            {
                yield return file;
            }

            foreach (var child in children)
            {
                pending.Push(child);
            }
        }
    }

    [GeneratedRegex(@"""\$schema""\s*:\s*""https?://schema\.management\.azure\.com/schemas/[^""]*?(?:subscription|managementGroup|tenant)?Deployment(?<kind>Template|Parameters)\.json", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SchemaPattern();
}
