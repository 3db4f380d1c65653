namespace AcrTemplateLint.Tests.Support;

/// <summary>Paths in the repository and beside it (../shared).</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Samples => Path.Combine(Root, "samples");

    public static string Rules => Path.Combine(Root, "rules");

    public static string Corpus => Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpus"));

    /// <summary>Skips the calling test, with a clear reason, when ../shared/corpus is absent (CI always has it).</summary>
    public static string RequireCorpus(string subfolder = "")
    {
        var path = Path.Combine(Corpus, subfolder);
        if (!Directory.Exists(path))
        {
            Assert.Ignore($"The shared corpus is not available at {path}; corpus tests are skipped.");
        }

        return path;
    }

    private static string FindRoot()
    {
        var directory = AppContext.BaseDirectory;
        while (directory is not null && !File.Exists(Path.Combine(directory, "AcrTemplateLint.sln")))
        {
            directory = Path.GetDirectoryName(directory);
        }

        return directory ?? throw new InvalidOperationException("Cannot find AcrTemplateLint.sln above the test binaries.");
    }
}
