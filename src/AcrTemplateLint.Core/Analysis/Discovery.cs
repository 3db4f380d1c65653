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
    /// The inputs under <paramref name="paths"/>, sorted by display path. Folders are walked and JSON files read (to
    /// be classified) on parallel threads; their text is not kept, so memory does not grow with the number of files.
    /// </summary>
    public static ImmutableArray<InputFile> Discover(
        IEnumerable<string> paths, string root, DiagnosticBag diagnostics, AcrlintConfig? config = null, int parallelism = 1)
    {
        var excluded = Excluder(config);
        var named = new List<NamedPath>();
        var order = -1;
        foreach (var path in paths)
        {
            order++;
            var full = Path.GetFullPath(path);
            if (File.Exists(full))
            {
                if (!excluded(full) && HasCandidateExtension(full))
                {
                    named.Add(new NamedPath(full, IsFolder: false, order));
                }
            }
            else if (Directory.Exists(full))
            {
                named.Add(new NamedPath(full, IsFolder: true, order));
            }
            else
            {
                diagnostics.Add(AnalysisDiagnostics.PathNotFound(path));
            }
        }

        var results = new List<Found>();
        ParallelWork.RunUntilDone(named, parallelism, (path, subfolders) =>
        {
            List<Found> found = path.IsFolder
                ? [.. FilesIn(path, subfolders).Where(f => !excluded(f) && HasCandidateExtension(f)).Select(f => Classify(f, path.Order, root, explicitly: false))]
                : [Classify(path.FullPath, path.Order, root, explicitly: true)];
            lock (results)
            {
                results.AddRange(found);
            }
        });

        // A file reached through two paths (a folder and a file in it) counts once, as reached through the first.
        var first = new Dictionary<string, Found>(StringComparer.Ordinal);
        foreach (var result in results)
        {
            if (!first.TryGetValue(result.FullPath, out var other) || result.Order < other.Order)
            {
                first[result.FullPath] = result;
            }
        }

        diagnostics.AddRange(first.Values.Select(r => r.Problem).OfType<Diagnostic>());
        // StableSort, not OrderBy: OrderBy's index map is generic code the JIT compiles in every run.
        var inputs = first.Values.Select(r => r.Input).OfType<InputFile>().ToList();
        StableSort.Sort(inputs, static (a, b) => string.CompareOrdinal(a.DisplayPath, b.DisplayPath));
        return [.. inputs];
    }

    /// <summary>A file or folder named on the command line, or a folder below one; the index of the path it came from.</summary>
    private sealed record NamedPath(string FullPath, bool IsFolder, int Order);

    /// <summary>What a candidate file turned out to be: an input, nothing, or a problem.</summary>
    private sealed record Found(string FullPath, int Order, InputFile? Input, Diagnostic? Problem);

    private static Found Classify(string fullPath, int order, string root, bool explicitly) =>
        new(fullPath, order, Find(fullPath, root, explicitly, out var problem), problem);

    /// <summary>The files of a folder; its subfolders go to <paramref name="subfolders"/>, to be walked in turn.</summary>
    private static List<string> FilesIn(NamedPath folder, Action<NamedPath> subfolders)
    {
        var files = new List<string>();
        foreach (var entry in FolderEntries(folder.FullPath))
        {
            if (entry.IsFolder)
            {
                subfolders(folder with { FullPath = entry.Path });
            }
            else
            {
                files.Add(entry.Path);
            }
        }

        return files;
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

    /// <summary>
    /// A file named by the user (a template, a parameter, rule, policy or configuration file), or null with a
    /// diagnostic when it is too large or cannot be read; a device or a pipe reads as empty.
    /// </summary>
    public static SourceFile? Read(string fullPath, string display, DiagnosticBag diagnostics)
    {
        var text = TextFile.TryRead(fullPath, out var length, out var problem);
        if (problem is not null)
        {
            diagnostics.Add(length > TextFile.MaxFileSize
                ? AnalysisDiagnostics.FileTooLarge(display, length, TextFile.MaxFileSize)
                : AnalysisDiagnostics.UnreadableFile(display, problem));
        }

        return text is null ? null : new SourceFile(fullPath, display, text);
    }

    /// <summary>Every file below a folder: depth-first, sorted, without following symbolic links (which could loop or leave the tree).</summary>
    internal static IEnumerable<string> Walk(string directory)
    {
        var pending = new Stack<string>();
        pending.Push(directory);
        while (pending.Count > 0)
        {
            var entries = FolderEntries(pending.Pop());
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

    /// <summary>
    /// The files and folders in a folder, leaving out links and tool folders; none when it cannot be read. One pass:
    /// each entry says whether it is a folder and a link without another call.
    /// </summary>
    private static List<FolderEntry> FolderEntries(string folder)
    {
        try
        {
            return [.. new FileSystemEnumerable<FolderEntry>(folder, static (ref FileSystemEntry entry) => new FolderEntry(entry.ToFullPath(), entry.IsDirectory), WalkOptions)
            {
                ShouldIncludePredicate = static (ref FileSystemEntry entry) => !entry.IsDirectory
                    || ((entry.Attributes & FileAttributes.ReparsePoint) == 0 && !SkippedDirectories.Contains(entry.FileName.ToString())),
            }];
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    private sealed record FolderEntry(string Path, bool IsFolder);

    [GeneratedRegex(@"""\$schema""\s*:\s*""https?://schema\.management\.azure\.com/schemas/[^""]*?(?:subscription|managementGroup|tenant)?Deployment(?<kind>Template|Parameters)\.json", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SchemaPattern();
}
