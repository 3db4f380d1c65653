namespace AcrTemplateLint.Text;

/// <summary>
/// Which files a template may make acrlint read: modules, linked templates, loadTextContent() and its kin. A
/// template is untrusted input, so a path that leaves the scanned root (<c>../../etc/passwd</c>, an absolute path,
/// a symbolic link that points outside) is refused unless the user allowed it (<c>--allow-outside-root</c>).
/// </summary>
public sealed class FileAccessPolicy
{
    private const int MaxLinks = 40;

    private readonly string? root;

    private FileAccessPolicy(string? root) => this.root = root;

    /// <summary>Reads anything: for tests and for callers that have no root.</summary>
    public static FileAccessPolicy Unrestricted { get; } = new(null);

    /// <summary>Reads only files under <paramref name="root"/> (after following symbolic links), unless <paramref name="allowOutsideRoot"/>.</summary>
    public static FileAccessPolicy Within(string root, bool allowOutsideRoot) =>
        allowOutsideRoot ? Unrestricted : new FileAccessPolicy(RealPath(Path.GetFullPath(root)));

    /// <summary>Why <paramref name="fullPath"/>, written as <paramref name="writtenPath"/>, may not be read; null when it may.</summary>
    public string? Refusal(string writtenPath, string fullPath)
    {
        if (root is null)
        {
            return null;
        }

        if (Path.IsPathRooted(writtenPath))
        {
            return "it is an absolute path";
        }

        var real = RealPath(fullPath);
        var prefix = root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar;
        return real == root || real.StartsWith(prefix, StringComparison.Ordinal)
            ? null
            : $"it resolves to {real}, outside the scanned root {root}";
    }

    // The path with every symbolic link along it followed, so a link inside the root that points outside is seen.
    private static string RealPath(string fullPath)
    {
        var path = fullPath;
        for (var hops = 0; hops < MaxLinks; hops++)
        {
            var resolved = ResolveFirstLink(path);
            if (resolved is null)
            {
                return path;
            }

            path = resolved;
        }

        return path;
    }

    // The path with its first symbolic-link component replaced by the link's target; null when there is none.
    private static string? ResolveFirstLink(string path)
    {
        var rootPart = Path.GetPathRoot(path) ?? "";
        var parts = path[rootPart.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        var current = rootPart;
        for (var i = 0; i < parts.Length; i++)
        {
            current = Path.Combine(current, parts[i]);
            FileSystemInfo info = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
            string? target;
            try
            {
                target = info.LinkTarget;
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                return null;
            }

            if (target is not null)
            {
                var parent = Path.GetDirectoryName(current) ?? rootPart;
                var rest = parts.Skip(i + 1).ToArray();
                return Path.GetFullPath(Path.Combine([Path.Combine(parent, target), .. rest]));
            }
        }

        return null;
    }
}
