using System.Collections.Concurrent;

namespace AcrTemplateLint.Text;

/// <summary>
/// Which files a template may make acrlint read: modules, linked templates, loadTextContent() and its kin. A
/// template is untrusted input, so a path that leaves the scanned root (<c>../../etc/passwd</c>, an absolute path,
/// a symbolic link that points outside) is refused unless the user allowed it (<c>--allow-outside-root</c>).
/// </summary>
public sealed class FileAccessPolicy
{
    private const int MaxLinks = 40;

    private const string Hint = "pass --allow-outside-root to read files outside the scanned root";

    private readonly string? root;

    // Real paths of the folders seen so far: templates in one folder share every lookup but the last.
    private readonly ConcurrentDictionary<string, string> folders = new(StringComparer.Ordinal);

    // Real paths of the files checked so far: a module is checked for every template that deploys it.
    private readonly ConcurrentDictionary<string, string> files = new(StringComparer.Ordinal);

    // The root's real path is resolved through the folder cache too.
    private FileAccessPolicy(string? root) => this.root = root is null ? null : RealPath(root, 0);

    /// <summary>Reads anything: for tests and for callers that have no root.</summary>
    public static FileAccessPolicy Unrestricted { get; } = new(null);

    /// <summary>Reads only files under <paramref name="root"/> (after following symbolic links), unless <paramref name="allowOutsideRoot"/>.</summary>
    public static FileAccessPolicy Within(string root, bool allowOutsideRoot) =>
        allowOutsideRoot ? Unrestricted : new FileAccessPolicy(Path.GetFullPath(root));

    /// <summary>
    /// The full path of <paramref name="writtenPath"/>, written in the file at <paramref name="besideFile"/> (relative to
    /// its folder, with '/' or '\'), and why it may not be read; null when it may. A path that no file can have (one
    /// with a NUL character) is refused whatever the root, and its full path is empty.
    /// </summary>
    public string? Resolve(string besideFile, string writtenPath, out string fullPath)
    {
        if (writtenPath.Contains('\0'))
        {
            fullPath = "";
            return "it contains a NUL character, which no file name can";
        }

        fullPath = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(besideFile) ?? "", writtenPath.Replace('\\', '/')));
        return Refusal(writtenPath, fullPath);
    }

    /// <summary>Why <paramref name="fullPath"/>, written as <paramref name="writtenPath"/>, may not be read; null when it may.</summary>
    public string? Refusal(string writtenPath, string fullPath)
    {
        if (root is null)
        {
            return null;
        }

        if (Path.IsPathRooted(writtenPath))
        {
            return $"it is an absolute path; {Hint}";
        }

        var real = files.GetOrAdd(fullPath, path => RealPath(path, 0));
        var prefix = root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar;
        return real == root || real.StartsWith(prefix, StringComparison.Ordinal)
            ? null
            : $"it resolves to {real}, outside the scanned root {root}; {Hint}";
    }

    // The path with every symbolic link along it followed, so a link inside the root that points outside is seen:
    // the folder's real path, then the last component's link if it is one. Link loops end after MaxLinks hops.
    private string RealPath(string fullPath, int hops)
    {
        var folder = Path.GetDirectoryName(fullPath);
        var name = Path.GetFileName(fullPath);
        if (folder is null || name.Length == 0)
        {
            return fullPath;
        }

        // Without a link along the way the real path is the path: the caches then keep one string for both.
        var realFolder = folders.GetOrAdd(folder, f => RealPath(f, hops));
        var path = realFolder == folder ? fullPath : Path.Combine(realFolder, name);
        return hops < MaxLinks && LinkTarget(path) is { } target
            ? RealPath(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path) ?? "", target)), hops + 1)
            : path;
    }

    private static string? LinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
