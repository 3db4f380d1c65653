using System.Collections.Immutable;
using AcrTemplateLint.Analysis;
using AcrTemplateLint.Arm;
using AcrTemplateLint.Arm.Json;
using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Graph;
using AcrTemplateLint.Reporting;
using AcrTemplateLint.Rules.Engine;
using AcrTemplateLint.Rules.Loading;
using AcrTemplateLint.Rules.Model;
using AcrTemplateLint.Text;
using BenchmarkDotNet.Attributes;

namespace AcrTemplateLint.Benchmarks;

/// <summary>
/// Each pipeline stage over every ARM template of the corpus, single-threaded: JSON reading, template loading and
/// evaluation, rules, SARIF. Divide the corpus size (printed at start) by the mean to get MB/s per stage.
/// </summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private ImmutableArray<Rule> rules;
    private List<(SourceFile File, JsonObject Root)> parsed = [];
    private List<ResourceGraph> graphs = [];
    private AnalysisResult? result;

    [GlobalSetup]
    public void Setup()
    {
        rules = RuleLoader.LoadBuiltIn(new DiagnosticBag());
        parsed = [.. CorpusFiles.Arm.Select(f => (f, JsonParser.Parse(f, new DiagnosticBag()))).Where(p => p.Item2 is JsonObject).Select(p => (p.f, (JsonObject)p.Item2!))];
        graphs = [.. parsed.Select(p => ArmTemplateLoader.Load(p.File, p.Root, null, new DiagnosticBag()))];
        result = Analyzer.Analyze(new AnalysisOptions { Paths = [CorpusFiles.Root], Root = CorpusFiles.Root, Rules = rules, Parallelism = 1 });
        Console.WriteLine($"// corpus: {CorpusFiles.Arm.Count} ARM templates, {CorpusFiles.ArmBytes / 1e6:F1} MB of text");
    }

    [Benchmark]
    public int JsonRead()
    {
        var count = 0;
        foreach (var file in CorpusFiles.Arm)
        {
            count += JsonParser.Parse(file, new DiagnosticBag()) is null ? 0 : 1;
        }

        return count;
    }

    [Benchmark]
    public int LoadAndEvaluate()
    {
        var count = 0;
        foreach (var (file, root) in parsed)
        {
            count += ArmTemplateLoader.Load(file, root, null, new DiagnosticBag()).Resources.Length;
        }

        return count;
    }

    [Benchmark]
    public int Rules()
    {
        var engine = new RuleEngine(rules);
        return graphs.Sum(g => engine.Evaluate(g).Count());
    }

    [Benchmark]
    public long Sarif()
    {
        using var stream = new MemoryStream();
        SarifWriter.Write(result ?? throw new InvalidOperationException("Setup did not run."), stream, new ReportOptions());
        return stream.Length;
    }

    [Benchmark]
    public int RuleLoading() => RuleLoader.LoadBuiltIn(new DiagnosticBag()).Length;
}
