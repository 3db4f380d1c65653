using AcrTemplateLint.Analysis;
using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Benchmarks;

/// <summary>The shared corpus, read once into memory so that benchmarks measure the stages, not the disk.</summary>
internal static class CorpusFiles
{
    public static string Root { get; } = FindCorpus();

    public static IReadOnlyList<SourceFile> Arm { get; } = Load(InputKind.ArmTemplate);

    public static long ArmBytes { get; } = Arm.Sum(f => (long)f.Text.Length);

    public static IReadOnlyList<SourceFile> Bicep { get; } = Load(InputKind.Bicep);

    public static long BicepBytes { get; } = Bicep.Sum(f => (long)f.Text.Length);

    private static IReadOnlyList<SourceFile> Load(InputKind kind) =>
        Discovery.Discover([Root], Root, new DiagnosticBag())
            .Where(f => f.Kind == kind)
            .Select(f => f.Read(new DiagnosticBag()))
            .OfType<SourceFile>()
            .ToList();

    private static string FindCorpus()
    {
        var directory = AppContext.BaseDirectory;
        while (directory is not null && !Directory.Exists(Path.Combine(directory, "shared", "corpus")))
        {
            directory = Path.GetDirectoryName(directory);
        }

        return directory is null
            ? throw new InvalidOperationException("The shared corpus (../shared/corpus) is needed for the benchmarks.")
            : Path.Combine(directory, "shared", "corpus");
    }
}
