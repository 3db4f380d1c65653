using System.Collections.Concurrent;
using System.Collections.Immutable;
using AcrTemplateLint.Arm;
using AcrTemplateLint.Arm.Json;
using AcrTemplateLint.Bicep.Loading;
using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Evaluation;
using AcrTemplateLint.Graph;
using AcrTemplateLint.Rules.Engine;
using AcrTemplateLint.Suppressions;
using AcrTemplateLint.Text;

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
        var inputs = Discovery.Discover(options.Paths, options.Root, diagnostics, options.Config, options.Parallelism);
        var extraParameters = Discovery.Discover(options.ParameterFiles, options.Root, diagnostics)
            .Where(f => f.Kind is InputKind.ArmParameters or InputKind.BicepParameters)
            .ToImmutableArray();
        var context = new RunContext(new BicepFileCache(), FileAccessPolicy.Within(options.Root, options.AllowOutsideRoot), [.. options.Rules.Select(r => r.Id)], options.Root);
        var parameterFiles = inputs.Where(f => f.Kind is InputKind.ArmParameters or InputKind.BicepParameters).Concat(extraParameters);
        var parameterSets = ReadParameterFiles([.. parameterFiles.DistinctBy(f => f.FullPath)], context, options.Parallelism, diagnostics);
        var templates = inputs.Where(f => f.Kind is InputKind.ArmTemplate or InputKind.Bicep).ToImmutableArray();

        // A .bicepparam file named on the command line is analysed with its template, found or not.
        var missing = inputs.Where(f => f.Explicit && f.Kind == InputKind.BicepParameters)
            .Select(f => parameterSets.GetValueOrDefault(f.FullPath)?.Template)
            .OfType<string>()
            .Where(t => !templates.Any(template => template.FullPath == t))
            .Distinct(StringComparer.Ordinal);
        templates = templates.AddRange(Discovery.Discover(missing, options.Root, diagnostics).Where(f => f.Kind is InputKind.ArmTemplate or InputKind.Bicep));
        var parameterIndex = new ParameterSetIndex(parameterSets.Select(p => (p.Key, p.Value.Set, p.Value.Template)), extraParameters.Select(e => e.FullPath));
        var work = templates.Select(t => (Template: t, Parameters: parameterIndex.For(t.FullPath))).ToArray();
        var engine = new RuleEngine(options.Rules, options.Config.ToSettings());
        var parentTypes = ParentTypes(options.Rules);
        var outputs = new FileOutput[work.Length];
        var linked = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        var shallowFirst = Enumerable.Range(0, work.Length).OrderBy(i => work[i].Template.FullPath.Count(c => c == Path.DirectorySeparatorChar)).ToArray();
        ParallelWork.Run(work.Length, options.Parallelism, k =>
        {
            // A template that another analysed template deploys as a module or linked template is analysed through
            // that caller, with the parameters it passes, not on its own with defaults; unless it was named on the
            // command line. When a caller has already been analysed, its modules are not analysed on their own only
            // to be dropped below (the caller's linked files include its modules' modules). Callers usually sit
            // above their modules, so shallower files go first; the outputs keep their places.
            var i = shallowFirst[k];
            var template = work[i].Template;
            outputs[i] = !template.Explicit && linked.ContainsKey(template.FullPath)
                ? FileOutput.Deployed
                : AnalyzeTemplate(template, work[i].Parameters, engine, parentTypes, options, context, keepGraphs);
            foreach (var file in outputs[i].LinkedFiles)
            {
                linked.TryAdd(file, true);
            }
        });

        outputs = [.. outputs.Where((o, i) => work[i].Template.Explicit || !linked.ContainsKey(work[i].Template.FullPath))];
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
            [.. outputs.SelectMany(o => o.Directives).Distinct()],
            options.Config,
            options.Baseline,
            options.Today,
            diagnostics);
        return new AnalysisResult(
            findings,
            Sort(diagnostics.Items),
            options.Rules,
            [.. templates.Select(t => t.DisplayPath)])
        {
            Graphs = keepGraphs ? [.. outputs.SelectMany(o => o.Graphs)] : [],
        };
    }

    /// <summary>What every work item of a run shares: the Bicep files read so far, the file access policy, the rule ids.</summary>
    private sealed record RunContext(BicepFileCache Bicep, FileAccessPolicy Policy, ImmutableHashSet<string> RuleIds, string Root);

    /// <summary>A parameter file's values and, for a .bicepparam file, the template its using names.</summary>
    private sealed record ParameterFile(ParameterSet Set, string? Template);

    private sealed record FileOutput(
        ImmutableArray<Finding> Findings,
        IReadOnlyList<Diagnostic> Diagnostics,
        ImmutableArray<ResourceGraph> Graphs,
        ImmutableArray<Deferred> Deferred,
        ImmutableArray<ResourceNode> Parents,
        ImmutableArray<SuppressionDirective> Directives)
    {
        /// <summary>The output of a template that is analysed through a caller that deploys it.</summary>
        public static FileOutput Deployed { get; } = new([], [], [], [], [], []);

        /// <summary>The local templates this one deploys as linked templates.</summary>
        public ImmutableArray<string> LinkedFiles { get; init; } = [];
    }

    /// <summary>A verdict that needs a resource from another file, with the graph it was made in.</summary>
    private sealed record Deferred(RuleVerdict Verdict, ResourceGraph Graph);

    private static FileOutput AnalyzeTemplate(
        InputFile template, ImmutableArray<ParameterSet?> parameterSets, RuleEngine engine, ImmutableHashSet<string> parentTypes, AnalysisOptions options, RunContext context, bool keepGraphs)
    {
        var diagnostics = new DiagnosticBag();
        var findings = ImmutableArray.CreateBuilder<Finding>();
        var graphs = ImmutableArray.CreateBuilder<ResourceGraph>();
        var linkedFiles = new HashSet<string>(StringComparer.Ordinal);
        var deferred = ImmutableArray.CreateBuilder<Deferred>();
        var parents = ImmutableArray.CreateBuilder<ResourceNode>();
        var directives = new HashSet<SuppressionDirective>();
        var ownFiles = new List<Func<IEnumerable<SourceFile>>>();
        try
        {
            if (Loader(template, context, diagnostics, ownFiles) is not { } load)
            {
                return new FileOutput([], diagnostics.Items, [], [], [], []);
            }

            foreach (var parameters in parameterSets)
            {
                var graph = load(parameters);
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

            directives.UnionWith(BicepDirectives(template, linkedFiles, context, diagnostics));
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            diagnostics.Add(AnalysisDiagnostics.InternalError(null, template.DisplayPath, error));
        }
        finally
        {
            // The run keeps this template's findings, diagnostics and registries, not its text; unless the graphs
            // are kept, for callers that may read the source through them.
            foreach (var file in keepGraphs ? [] : ownFiles.SelectMany(files => files()))
            {
                file.ReleaseText();
            }
        }

        return new FileOutput(findings.ToImmutable(), diagnostics.Items, graphs.ToImmutable(), deferred.ToImmutable(), parents.ToImmutable(), [.. directives])
        {
            LinkedFiles = [.. linkedFiles],
        };
    }

    // Parses the template once; the function builds its graph for one parameter set. Null when it does not parse.
    // The files only this template reads (an ARM template and its linked templates, not the shared Bicep files) are
    // added to ownFiles.
    private static Func<ParameterSet?, ResourceGraph>? Loader(InputFile template, RunContext context, DiagnosticBag diagnostics, List<Func<IEnumerable<SourceFile>>> ownFiles)
    {
        if (template.Kind == InputKind.Bicep)
        {
            var bicep = context.Bicep.Bicep(template.FullPath, template.DisplayPath);
            if (bicep.Value is not { } file)
            {
                diagnostics.Add(AnalysisDiagnostics.UnreadableFile(template.DisplayPath, bicep.Error ?? "unknown error"));
                return null;
            }

            diagnostics.AddRange(file.Diagnostics);
            return parameters => BicepTemplateLoader.Load(file, parameters, diagnostics, context.Bicep, context.Policy);
        }

        if (template.Read(diagnostics) is not { } source)
        {
            return null;
        }

        var files = new TemplateFileCache();
        ownFiles.Add(() => files.Files.Prepend(source));
        if (JsonParser.Parse(source, diagnostics) is not JsonObject root)
        {
            return null;
        }

        return parameters => ArmTemplateLoader.Load(source, root, parameters, diagnostics, files, context.Policy);
    }

    // The pragmas of the Bicep files a graph was built from: the entry file and the Bicep modules it deploys.
    private static IEnumerable<SuppressionDirective> BicepDirectives(InputFile template, IEnumerable<string> linkedFiles, RunContext context, DiagnosticBag diagnostics)
    {
        var paths = linkedFiles.Where(p => p.EndsWith(".bicep", StringComparison.OrdinalIgnoreCase));
        if (template.Kind == InputKind.Bicep)
        {
            paths = paths.Prepend(template.FullPath);
        }

        foreach (var path in paths.Distinct(StringComparer.Ordinal))
        {
            if (context.Bicep.Bicep(path, Discovery.DisplayPath(path, context.Root)).Value is { } file)
            {
                foreach (var directive in BicepSuppressions.Collect(file.Source, file.Model.Program, context.RuleIds, diagnostics))
                {
                    yield return directive;
                }
            }
        }
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

    // Parameter files are read in parallel, each with its own diagnostics, which are then added in file order.
    private static Dictionary<string, ParameterFile> ReadParameterFiles(InputFile[] files, RunContext context, int parallelism, DiagnosticBag diagnostics)
    {
        var sets = new ParameterFile?[files.Length];
        var bags = new DiagnosticBag[files.Length];
        ParallelWork.Run(files.Length, parallelism, i => sets[i] = ReadParameterFile(files[i], context, bags[i] = new DiagnosticBag()));
        foreach (var bag in bags)
        {
            diagnostics.AddRange(bag.Items);
        }

        return files.Zip(sets)
            .Where(p => p.Second is not null)
            .ToDictionary(p => p.First.FullPath, p => p.Second!, StringComparer.Ordinal);
    }

    private static ParameterFile? ReadParameterFile(InputFile file, RunContext context, DiagnosticBag diagnostics)
    {
        if (file.Kind == InputKind.BicepParameters)
        {
            var loaded = context.Bicep.Bicep(file.FullPath, file.DisplayPath, isParameterFile: true);
            if (loaded.Value is not { } bicepparam)
            {
                diagnostics.Add(AnalysisDiagnostics.UnreadableFile(file.DisplayPath, loaded.Error ?? "unknown error"));
                return null;
            }

            diagnostics.AddRange(bicepparam.Diagnostics);
            var (templatePath, set) = BicepParameterFileReader.Read(bicepparam, context.Bicep, context.Policy, diagnostics);
            if (templatePath is not null && templatePath.EndsWith(".bicep", StringComparison.OrdinalIgnoreCase)
                && context.Bicep.Bicep(templatePath, Discovery.DisplayPath(templatePath, context.Root)).Value is { } template)
            {
                BicepParameterFileReader.Check(bicepparam, set, template, context.Bicep, context.Policy, diagnostics);
            }

            return new ParameterFile(set, templatePath);
        }

        return file.Read(diagnostics) is { } source && JsonParser.Parse(source, diagnostics) is JsonObject root
            && ArmParameterFileReader.Read(source, root, diagnostics) is { } armSet
            ? new ParameterFile(armSet, null)
            : null;
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
