using System.Diagnostics;
using AcrTemplateLint.Analysis;
using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Rules.Loading;
using AcrTemplateLint.Tests.Support;

namespace AcrTemplateLint.Tests.Robustness;

/// <summary>
/// Mutated corpus files through the whole pipeline: no case may crash the tool (an internal-error diagnostic is a
/// crash caught at the last line of defence), and none may take more than a second. Prints what each mutation class
/// produced.
/// </summary>
public sealed class FuzzTests
{
    private const int Cases = 400;
    private const int Seed = 20261122;

    [Test]
    public void Mutated_templates_never_crash_or_hang_the_pipeline()
    {
        var corpus = Repository.RequireCorpus();
        var files = Directory.EnumerateFiles(corpus, "*.json", SearchOption.AllDirectories)
            .Where(f => new FileInfo(f).Length < 600_000 && File.ReadAllText(f).Contains("deploymentTemplate.json", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
        var rules = RuleLoader.LoadBuiltIn(new DiagnosticBag());
        var random = new Random(Seed);
        var outcomes = Mutator.Kinds.ToDictionary(k => k, _ => new Dictionary<string, int>());
        var slowest = TimeSpan.Zero;
        using var directory = new TempDirectory();
        for (var i = 0; i < Cases; i++)
        {
            var source = files[random.Next(files.Count)];
            var kind = Mutator.Kinds[i % Mutator.Kinds.Length];
            var mutated = Mutator.Mutate(File.ReadAllBytes(source), kind, random);
            var path = Path.Combine(directory.Path, $"case{i}.json");
            File.WriteAllBytes(path, mutated);

            var watch = Stopwatch.StartNew();
            var result = Analyzer.Analyze(new AnalysisOptions { Paths = [path], Root = directory.Path, Rules = rules, Parallelism = 1 });
            watch.Stop();
            File.Delete(path);

            var crash = result.Diagnostics.FirstOrDefault(d => d.Code == AnalysisDiagnostics.InternalErrorCode);
            Assert.That(crash, Is.Null, $"case {i} ({kind} of {Path.GetRelativePath(corpus, source)}, seed {Seed}): {crash?.Message}");
            Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(1)), $"case {i} ({kind} of {source}) took {watch.Elapsed}");
            slowest = watch.Elapsed > slowest ? watch.Elapsed : slowest;

            var outcome = result.Diagnostics.FirstOrDefault(d => d.Level == DiagnosticLevel.Error)?.Code
                ?? (result.AnalyzedFiles.IsEmpty ? "skipped (not a template any more)" : result.Findings.IsEmpty ? "analysed, no finding" : "analysed, findings");
            outcomes[kind][outcome] = outcomes[kind].GetValueOrDefault(outcome) + 1;
        }

        TestContext.Out.WriteLine($"fuzz: {Cases} cases over {files.Count} corpus templates, seed {Seed}, slowest {slowest.TotalMilliseconds:F0} ms");
        foreach (var (kind, counts) in outcomes)
        {
            TestContext.Out.WriteLine($"  {kind,-15} {string.Join(", ", counts.OrderByDescending(c => c.Value).Select(c => $"{c.Key}: {c.Value}"))}");
        }
    }

    /// <summary>
    /// Mutated Bicep files with the files around them (modules, loaded files) through binding, evaluation and the
    /// rules: no crash, no hang.
    /// </summary>
    [Test]
    public void Mutated_Bicep_templates_never_crash_or_hang_the_pipeline()
    {
        var corpus = Repository.RequireCorpus();
        var files = Directory.EnumerateFiles(corpus, "*.bicep", SearchOption.AllDirectories)
            .Where(f => !f.Contains("bicep-invalid", StringComparison.Ordinal) && new FileInfo(f).Length < 200_000)
            .Order(StringComparer.Ordinal)
            .ToList();
        var rules = RuleLoader.LoadBuiltIn(new DiagnosticBag());
        var random = new Random(Seed);
        var slowest = TimeSpan.Zero;
        var outcomes = new Dictionary<string, int>();
        for (var i = 0; i < Cases / 2; i++)
        {
            var source = files[random.Next(files.Count)];
            var kind = Mutator.Kinds[i % Mutator.Kinds.Length];
            var mutated = Mutator.Mutate(File.ReadAllBytes(source), kind, random);

            // In a copy of the original's folder, so its modules and loaded files are found as in the repository.
            using var directory = new TempDirectory();
            var path = CopyFolder(Path.GetDirectoryName(source) ?? corpus, directory.Path, Path.GetFileName(source));
            File.WriteAllBytes(path, mutated);
            var watch = Stopwatch.StartNew();
            var result = Analyzer.Analyze(new AnalysisOptions { Paths = [path], Root = directory.Path, Rules = rules, Parallelism = 1 });
            watch.Stop();

            var crash = result.Diagnostics.FirstOrDefault(d => d.Code == AnalysisDiagnostics.InternalErrorCode);
            Assert.That(crash, Is.Null, $"case {i} ({kind} of {Path.GetRelativePath(corpus, source)}, seed {Seed}): {crash?.Message}");
            Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(2)), $"case {i} ({kind} of {source}) took {watch.Elapsed}");
            slowest = watch.Elapsed > slowest ? watch.Elapsed : slowest;
            var outcome = result.Diagnostics.FirstOrDefault(d => d.Level == DiagnosticLevel.Error)?.Code ?? (result.Findings.IsEmpty ? "no finding" : "findings");
            outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
        }

        TestContext.Out.WriteLine($"bicep fuzz: {Cases / 2} cases over {files.Count} corpus files, seed {Seed}, slowest {slowest.TotalMilliseconds:F0} ms");
        TestContext.Out.WriteLine($"  {string.Join(", ", outcomes.OrderByDescending(c => c.Value).Select(c => $"{c.Key}: {c.Value}"))}");
    }

    // Copies the template files of a folder and its subfolders (modules, loaded files); returns the copy of `file`.
    private static string CopyFolder(string folder, string target, string file)
    {
        foreach (var path in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Take(400))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(folder, path));
            Directory.CreateDirectory(Path.GetDirectoryName(copy) ?? target);
            File.Copy(path, copy);
        }

        return Path.Combine(target, file);
    }
}
