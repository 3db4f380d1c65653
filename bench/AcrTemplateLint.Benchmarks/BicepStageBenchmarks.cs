using System.Collections.Immutable;
using AcrTemplateLint.Bicep.Binding;
using AcrTemplateLint.Bicep.Lexing;
using AcrTemplateLint.Bicep.Loading;
using AcrTemplateLint.Bicep.Parsing;
using AcrTemplateLint.Bicep.Syntax;
using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Graph;
using AcrTemplateLint.Rules.Engine;
using AcrTemplateLint.Rules.Loading;
using AcrTemplateLint.Rules.Model;
using AcrTemplateLint.Text;
using BenchmarkDotNet.Attributes;

namespace AcrTemplateLint.Benchmarks;

/// <summary>
/// Each Bicep stage over every .bicep file of the corpus, single-threaded: lexing, parsing (lexing included),
/// binding, loading and evaluating (modules read through one cache), rules. Each stage starts from the previous
/// stage's output, prepared once in the setup.
/// </summary>
[MemoryDiagnoser]
public class BicepStageBenchmarks
{
    private ImmutableArray<Rule> rules;
    private List<(SourceFile File, ProgramSyntax Program)> parsed = [];
    private List<BicepFile> bound = [];
    private List<ResourceGraph> graphs = [];

    [GlobalSetup]
    public void Setup()
    {
        rules = RuleLoader.LoadBuiltIn(new DiagnosticBag());
        parsed = [.. CorpusFiles.Bicep.Select(f => (f, BicepParser.Parse(f, new DiagnosticBag())))];
        bound = [.. CorpusFiles.Bicep.Select(f => BicepFileCache.Parse(f))];
        graphs = [.. Load()];
        Console.WriteLine($"// corpus: {CorpusFiles.Bicep.Count} Bicep files, {CorpusFiles.BicepBytes / 1e6:F1} MB of text");
    }

    [Benchmark]
    public int Lex() => CorpusFiles.Bicep.Sum(f => Lexer.Lex(f, new DiagnosticBag()).Length);

    [Benchmark]
    public int Parse() => CorpusFiles.Bicep.Sum(f => BicepParser.Parse(f, new DiagnosticBag()).Statements.Length);

    [Benchmark]
    public int Bind() => parsed.Sum(p => Binder.Bind(p.File, p.Program).Symbols.Length);

    [Benchmark]
    public int LoadAndEvaluate() => Load().Sum(g => g.Resources.Length);

    [Benchmark]
    public int Rules()
    {
        var engine = new RuleEngine(rules);
        return graphs.Sum(g => engine.Evaluate(g).Count());
    }

    private IEnumerable<ResourceGraph> Load()
    {
        var cache = new BicepFileCache();
        return bound.Select(file => BicepTemplateLoader.Load(file, null, new DiagnosticBag(), cache, FileAccessPolicy.Unrestricted)).ToList();
    }
}
