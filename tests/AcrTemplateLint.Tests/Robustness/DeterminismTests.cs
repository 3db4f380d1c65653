using AcrTemplateLint.Analysis;
using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Reporting;
using AcrTemplateLint.Rules.Loading;
using AcrTemplateLint.Tests.Support;

namespace AcrTemplateLint.Tests.Robustness;

/// <summary>The same input gives the same SARIF bytes: across runs, thread counts and the order paths are given in.</summary>
public sealed class DeterminismTests
{
    [Test]
    public void Corpus_SARIF_is_byte_identical_across_threads_and_path_order()
    {
        var corpus = Repository.RequireCorpus();
        var folders = new[] { "acr-real", "arm-general", "checkov-acr" }.Select(f => Path.Combine(corpus, f)).ToArray();
        var rules = RuleLoader.LoadBuiltIn(new DiagnosticBag());

        var oneThread = Sarif(folders, rules, parallelism: 1);
        var twoThreads = Sarif(folders, rules, parallelism: 2);
        var reversed = Sarif([.. folders.Reverse()], rules, parallelism: 2);

        Assert.That(oneThread.Length, Is.GreaterThan(10_000));
        Assert.That(twoThreads, Is.EqualTo(oneThread), "1 thread vs 2 threads");
        Assert.That(reversed, Is.EqualTo(oneThread), "paths in reverse order");
    }

    private static byte[] Sarif(string[] paths, System.Collections.Immutable.ImmutableArray<AcrTemplateLint.Rules.Model.Rule> rules, int parallelism)
    {
        var result = Analyzer.Analyze(new AnalysisOptions { Paths = [.. paths], Root = Repository.Corpus, Rules = rules, Parallelism = parallelism });
        using var stream = new MemoryStream();
        SarifWriter.Write(result, stream, new ReportOptions());
        return stream.ToArray();
    }
}
