using System.Collections.Immutable;
using AcrTemplateLint.Arm;
using AcrTemplateLint.Arm.Json;
using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Evaluation;
using AcrTemplateLint.Graph;
using AcrTemplateLint.Rules.Engine;
using AcrTemplateLint.Suppressions;

namespace AcrTemplateLint.Analysis;

/// <summary>
/// The one entry point used by the command line and by tests: discover, load, evaluate, check, and merge. Files are
/// analysed in parallel; the result is sorted and deduplicated, so it does not depend on the number of threads.
/// A fault on one file becomes a diagnostic for that file and the run goes on.
/// </summary>
public static class Analyzer
{
    public static AnalysisResult Analyze(AnalysisOptions options, bool keepGraphs = false)
    {
        var diagnostics = new DiagnosticBag();
        var inputs = Discovery.Discover(options.Paths, options.Root, diagnostics, options.Config);
        var extraParameters = Discovery.Discover(options.ParameterFiles, options.Root, diagnostics)
            .Where(f => f.Kind == InputKind.ArmParameters)
            .ToImmutableArray();
        var parameterSets = ReadParameterFiles(inputs.Where(f => f.Kind == InputKind.ArmParameters).Concat(extraParameters), diagnostics);

        var templates = inputs.Where(f => f.Kind == InputKind.ArmTemplate).ToImmutableArray();
        var work = templates.Select(t => (Template: t, Parameters: ParameterSetsFor(t, parameterSets, extraParameters))).ToArray();
        var engine = new RuleEngine(options.Rules, options.Config.ToSettings());
        var parentTypes = ParentTypes(options.Rules);
        var outputs = new FileOutput[work.Length];
        ParallelWork.Run(work.Length, options.Parallelism, i => outputs[i] = AnalyzeTemplate(work[i].Template, work[i].Parameters, engine, parentTypes, options, keepGraphs));

        // A template that another analysed template deploys as a linked template is analysed through that caller,
        // with the parameters it passes, not on its own with defaults; unless it was named on the command line.
        var linked = outputs.SelectMany(o => o.LinkedFiles).ToHashSet(StringComparer.Ordinal);
        outputs = [.. outputs.Where((o, i) => work[i].Template.Explicit || !linked.Contains(work[i].Template.Source.FullPath))];
        var resolved = ResolveDeferred(outputs, engine, options.IndeterminateLevel);

        foreach (var output in outputs)
        {
            diagnostics.AddRange(output.Diagnostics);
        }

        if (templates.IsEmpty && !diagnostics.Items.Any())
        {
            diagnostics.Add(AnalysisDiagnostics.NoTemplates(string.Join(", ", options.Paths.Select(p => $"'{p}'"))));
        }

        var findings = Suppressor.Apply(
            Merge(outputs.SelectMany(o => o.Findings).Concat(resolved)),
            [.. outputs.SelectMany(o => o.Directives)],
            options.Config,
            options.Baseline,
            options.Today,
            diagnostics);
        return new AnalysisResult(
            findings,
            Sort(diagnostics.Items),
            options.Rules,
            [.. templates.Select(t => t.Source.DisplayPath)])
        {
            Graphs = keepGraphs ? [.. outputs.SelectMany(o => o.Graphs)] : [],
        };
    }

    private sealed record FileOutput(
        ImmutableArray<Finding> Findings,
        IReadOnlyList<Diagnostic> Diagnostics,
        ImmutableArray<ResourceGraph> Graphs,
        ImmutableArray<Deferred> Deferred,
        ImmutableArray<ResourceNode> Parents,
        ImmutableArray<SuppressionDirective> Directives)
    {
        /// <summary>The local templates this one deploys as linked templates.</summary>
        public ImmutableArray<string> LinkedFiles { get; init; } = [];
    }

    /// <summary>A verdict that needs a resource from another file, with the graph it was made in.</summary>
    private sealed record Deferred(RuleVerdict Verdict, ResourceGraph Graph);

    private static FileOutput AnalyzeTemplate(
        InputFile template, ImmutableArray<ParameterSet?> parameterSets, RuleEngine engine, ImmutableHashSet<string> parentTypes, AnalysisOptions options, bool keepGraphs)
    {
        var diagnostics = new DiagnosticBag();
        var findings = ImmutableArray.CreateBuilder<Finding>();
        var graphs = ImmutableArray.CreateBuilder<ResourceGraph>();
        var linkedFiles = new HashSet<string>(StringComparer.Ordinal);
        var deferred = ImmutableArray.CreateBuilder<Deferred>();
        var parents = ImmutableArray.CreateBuilder<ResourceNode>();
        var directives = new HashSet<SuppressionDirective>();
        try
        {
            if (JsonParser.Parse(template.Source, diagnostics) is not JsonObject root)
            {
                return new FileOutput([], diagnostics.Items, [], [], [], []);
            }

            var files = new TemplateFileCache();
            foreach (var parameters in parameterSets)
            {
                var graph = ArmTemplateLoader.Load(template.Source, root, parameters, diagnostics, files);
                linkedFiles.UnionWith(graph.LinkedFiles);
                if (keepGraphs)
                {
                    graphs.Add(graph);
                }

                parents.AddRange(graph.Resources.Where(r => !r.IsExisting && parentTypes.Contains(r.Type)));
                directives.UnionWith(ArmSuppressions.Collect(graph, diagnostics));
                foreach (var verdict in engine.Evaluate(graph))
                {
                    if (verdict.NeedsGlobalLookup)
                    {
                        deferred.Add(new Deferred(verdict, graph));
                    }
                    else if (FindingBuilder.Build(verdict, options.IndeterminateLevel) is { } finding)
                    {
                        findings.Add(finding with { ParameterSets = parameters is null ? [] : [parameters.Name] });
                    }
                }
            }
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            diagnostics.Add(AnalysisDiagnostics.InternalError(null, template.Source.DisplayPath, error));
        }

        return new FileOutput(findings.ToImmutable(), diagnostics.Items, graphs.ToImmutable(), deferred.ToImmutable(), parents.ToImmutable(), [.. directives])
        {
            LinkedFiles = [.. linkedFiles],
        };
    }

    // Only the types that some rule's resources are children of are indexed (registries, for tasks), which keeps
    // memory proportional to what cross-file relations need rather than to the whole input.
    private static ImmutableHashSet<string> ParentTypes(ImmutableArray<Rules.Model.Rule> rules) =>
        rules.SelectMany(r => r.ResourceTypes)
            .Where(t => t.Count(c => c == '/') > 1)
            .Select(t => t[..t.LastIndexOf('/')])
            .ToImmutableHashSet(StringComparer.OrdinalIgnoreCase);

    private static IEnumerable<Finding> ResolveDeferred(FileOutput[] outputs, RuleEngine engine, FindingLevel indeterminateLevel)
    {
        if (outputs.All(o => o.Deferred.IsEmpty))
        {
            return [];
        }

        var index = new ResourceIndex();
        foreach (var parent in outputs.SelectMany(o => o.Parents))
        {
            index.Add(parent);
        }

        return outputs.SelectMany(o => o.Deferred)
            .Select(d => (Verdict: engine.Reevaluate(d.Verdict, d.Graph, index), d.Graph.ParameterSet))
            .Select(x => FindingBuilder.Build(x.Verdict, indeterminateLevel) is { } finding
                ? finding with { ParameterSets = x.ParameterSet is null ? [] : [x.ParameterSet] }
                : null)
            .OfType<Finding>()
            .ToList();
    }

    private static Dictionary<string, ParameterSet> ReadParameterFiles(IEnumerable<InputFile> files, DiagnosticBag diagnostics)
    {
        var sets = new Dictionary<string, ParameterSet>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (sets.ContainsKey(file.Source.FullPath))
            {
                continue;
            }

            if (JsonParser.Parse(file.Source, diagnostics) is JsonObject root && ArmParameterFileReader.Read(file.Source, root, diagnostics) is { } set)
            {
                sets[file.Source.FullPath] = set;
            }
        }

        return sets;
    }

    // X.parameters.json and X.parameters.<anything>.json beside X.json, plus --params files. A template with
    // parameter files is analysed once per file, not with bare defaults.
    private static ImmutableArray<ParameterSet?> ParameterSetsFor(InputFile template, Dictionary<string, ParameterSet> sets, ImmutableArray<InputFile> extra)
    {
        var directory = Path.GetDirectoryName(template.Source.FullPath) ?? "";
        var stem = Path.GetFileNameWithoutExtension(template.Source.FullPath);
        var matching = sets
            .Where(s => string.Equals(Path.GetDirectoryName(s.Key), directory, StringComparison.Ordinal)
                && Path.GetFileName(s.Key) is var name
                && name.StartsWith(stem + ".parameters.", StringComparison.OrdinalIgnoreCase))
            .Select(s => s.Value)
            .Concat(extra.Where(e => sets.ContainsKey(e.Source.FullPath)).Select(e => sets[e.Source.FullPath]))
            .DistinctBy(s => s.Name)
            .OrderBy(s => s.Name, StringComparer.Ordinal)
            .Cast<ParameterSet?>()
            .ToImmutableArray();
        return matching.IsEmpty ? [null] : matching;
    }

    /// <summary>
    /// One finding per rule, check, location and outcome (indeterminate results of several checks at one place are
    /// one finding); the parameter sets it occurs with are merged.
    /// </summary>
    private static ImmutableArray<Finding> Merge(IEnumerable<Finding> findings) =>
    [
        .. findings
            .GroupBy(f => (f.Rule.Id, Check: f.IsIndeterminate ? "" : f.Check, f.Location.File.DisplayPath, f.Location.Span, f.Outcome))
            .Select(g => g.First() with
            {
                ParameterSets = [.. g.SelectMany(f => f.ParameterSets).Distinct().Order(StringComparer.Ordinal)],
            })
            .OrderBy(f => f.Location.File.DisplayPath, StringComparer.Ordinal)
            .ThenBy(f => f.Location.Span.Start)
            .ThenBy(f => f.Rule.Id, StringComparer.Ordinal)
            .ThenBy(f => f.Message, StringComparer.Ordinal),
    ];

    private static ImmutableArray<Diagnostic> Sort(IEnumerable<Diagnostic> diagnostics) =>
    [
        .. diagnostics
            .Distinct()
            .OrderBy(d => d.Path ?? "", StringComparer.Ordinal)
            .ThenBy(d => d.Location?.Span.Start ?? -1)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal),
    ];
}
