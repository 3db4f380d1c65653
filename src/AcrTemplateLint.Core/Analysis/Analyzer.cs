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
        var context = new RunContext(new BicepFileCache(), FileAccessPolicy.Within(options.Root, options.AllowOutsideRoot), options.Rules.Select(r => r.Id).ToHashSet(StringComparer.Ordinal), options.Root);
        var (templates, parameters) = Plan(inputs, options, context, diagnostics);
        var engine = new RuleEngine(options.Rules, options.Config.ToSettings());
        var parentTypes = ParentTypes(options.Rules);
        var outputs = new FileOutput[templates.Length];
        // A set under a lock: a concurrent dictionary with a bool value is generic code the JIT compiles in every run.
        var linked = new HashSet<string>(StringComparer.Ordinal);
        bool IsLinked(string path)
        {
            lock (linked)
            {
                return linked.Contains(path);
            }
        }

        var shallowFirst = ShallowFirst(templates);
        ParallelWork.Run(templates.Length, options.Parallelism, k =>
        {
            // A template that another analysed template deploys as a module or linked template is analysed through
            // that caller, with the parameters it passes, not on its own with defaults; unless it was named on the
            // command line. When a caller has already been analysed, its modules are not analysed on their own only
            // to be dropped below (the caller's linked files include its modules' modules). Callers usually sit
            // above their modules, so shallower files go first; the outputs keep their places.
            // A template's parameter sets are dropped once it is analysed: the run keeps those of the templates in
            // work, not those of every parameter file it found.
            var i = shallowFirst[k];
            var template = templates[i];
            var sets = parameters[i];
            parameters[i] = default;
            outputs[i] = !template.Explicit && IsLinked(template.FullPath)
                ? FileOutput.Deployed
                : AnalyzeTemplate(template, sets, engine, parentTypes, options, context, keepGraphs);
            lock (linked)
            {
                linked.UnionWith(outputs[i].LinkedFiles);
            }
        });

        outputs = [.. outputs.Where((o, i) => templates[i].Explicit || !linked.Contains(templates[i].FullPath))];
        var resolved = ResolveDeferred(outputs, engine, options, context, diagnostics);

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

    /// <summary>
    /// The templates to analyse and, for each, the parameter sets it is analysed with: the parameter files are read
    /// first, since a .bicepparam file names its template. Nothing else keeps the sets once this returns.
    /// </summary>
    private static (ImmutableArray<InputFile> Templates, ImmutableArray<ParameterSet?>[] Parameters) Plan(
        ImmutableArray<InputFile> inputs, AnalysisOptions options, RunContext context, DiagnosticBag diagnostics)
    {
        var extraParameters = Discovery.Discover(options.ParameterFiles, options.Root, diagnostics)
            .Where(f => f.Kind is InputKind.ArmParameters or InputKind.BicepParameters)
            .ToImmutableArray();

        // A path named with --params that gives no parameter file (empty, truncated, a template) would otherwise be
        // dropped without a word; one that does not exist or cannot be read is reported by discovery already.
        foreach (var named in options.ParameterFiles)
        {
            var full = Path.GetFullPath(named);
            var display = Discovery.DisplayPath(full, options.Root);
            var given = Directory.Exists(full) ? full.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar : full;
            if ((File.Exists(full) || Directory.Exists(full))
                && !extraParameters.Any(p => p.FullPath == full || p.FullPath.StartsWith(given, StringComparison.Ordinal))
                && !diagnostics.Items.Any(d => d.Path == display))
            {
                diagnostics.Add(AnalysisDiagnostics.NotParameters(display));
            }
        }
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
        var index = new ParameterSetIndex(parameterSets.Values, extraParameters.Select(e => e.FullPath));
        var parameters = new ImmutableArray<ParameterSet?>[templates.Length];
        for (var i = 0; i < templates.Length; i++)
        {
            parameters[i] = index.For(templates[i].FullPath);
        }

        return (templates, parameters);
    }

    /// <summary>What every work item of a run shares: the Bicep files read so far, the file access policy, the rule ids.</summary>
    private sealed record RunContext(BicepFileCache Bicep, FileAccessPolicy Policy, IReadOnlySet<string> RuleIds, string Root);

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

    /// <summary>
    /// A template analysed with a parameter set, some of whose verdicts need a resource from another file. Only the
    /// template and the set are kept, not the graph: the template is analysed again once every file's resources are
    /// known, so that a run with thousands of such files holds one graph at a time rather than all of them.
    /// </summary>
    private sealed record Deferred(InputFile Template, ParameterSet? Parameters);

    private static FileOutput AnalyzeTemplate(
        InputFile template, ImmutableArray<ParameterSet?> parameterSets, RuleEngine engine, IReadOnlySet<string> parentTypes, AnalysisOptions options, RunContext context, bool keepGraphs)
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
            if (Loader(template, context, diagnostics) is not { } load)
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
                var needsOtherFiles = false;
                foreach (var verdict in engine.Evaluate(graph))
                {
                    if (verdict.NeedsGlobalLookup)
                    {
                        needsOtherFiles = true;
                    }
                    else if (FindingBuilder.Build(verdict, options.IndeterminateLevel) is { } finding)
                    {
                        findings.Add(WithParameterSet(finding, parameters));
                    }
                }

                if (needsOtherFiles)
                {
                    deferred.Add(new Deferred(template, parameters));
                }
            }

            directives.UnionWith(BicepDirectives(template, linkedFiles, context, diagnostics));
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            diagnostics.Add(AnalysisDiagnostics.InternalError(null, template.DisplayPath, error));
        }

        return new FileOutput(findings.ToImmutable(), diagnostics.Items, graphs.ToImmutable(), deferred.ToImmutable(), parents.ToImmutable(), [.. directives])
        {
            LinkedFiles = [.. linkedFiles],
        };
    }

    // Parses the template once; the function builds its graph for one parameter set. Null when it does not parse.
    private static Func<ParameterSet?, ResourceGraph>? Loader(InputFile template, RunContext context, DiagnosticBag diagnostics)
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

        var parsed = JsonParser.Parse(source, diagnostics);
        source.ReleaseText();
        if (parsed is not JsonObject root)
        {
            return null;
        }

        var files = new TemplateFileCache();
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
                foreach (var directive in BicepSuppressions.Collect(file, context.RuleIds, diagnostics))
                {
                    yield return directive;
                }
            }
        }
    }

    // Only the types that some rule's resources are children of are indexed (registries, for tasks), which keeps
    // memory proportional to what cross-file relations need rather than to the whole input.
    private static HashSet<string> ParentTypes(ImmutableArray<Rules.Model.Rule> rules) =>
        rules.SelectMany(r => r.ResourceTypes)
            .Where(t => t.AsSpan().Count('/') > 1)
            .Select(t => t[..t.LastIndexOf('/')])
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

    // Indices of the templates, shallower files first and in path order within a depth.
    private static int[] ShallowFirst(ImmutableArray<InputFile> templates)
    {
        var depths = new int[templates.Length];
        for (var i = 0; i < templates.Length; i++)
        {
            foreach (var c in templates[i].FullPath)
            {
                depths[i] += c == Path.DirectorySeparatorChar ? 1 : 0;
            }
        }

        var order = new List<int>(templates.Length);
        for (var depth = 0; order.Count < templates.Length; depth++)
        {
            for (var i = 0; i < templates.Length; i++)
            {
                if (depths[i] == depth)
                {
                    order.Add(i);
                }
            }
        }

        return [.. order];
    }

    private static IEnumerable<Finding> ResolveDeferred(FileOutput[] outputs, RuleEngine engine, AnalysisOptions options, RunContext context, DiagnosticBag diagnostics)
    {
        Deferred[] deferred = [.. outputs.SelectMany(o => o.Deferred)];
        if (deferred.Length == 0)
        {
            return [];
        }

        var index = new ResourceIndex();
        foreach (var parent in outputs.SelectMany(o => o.Parents))
        {
            index.Add(parent);
        }

        var found = new List<Finding>[deferred.Length];
        var faults = new DiagnosticBag[deferred.Length];
        ParallelWork.Run(deferred.Length, options.Parallelism, i =>
            found[i] = Reanalyze(deferred[i], engine, index, options.IndeterminateLevel, context, faults[i] = new DiagnosticBag()));
        foreach (var bag in faults)
        {
            diagnostics.AddRange(bag.Items);
        }

        return found.SelectMany(f => f);
    }

    // The verdicts the first analysis left undecided for want of other files, now decided with every file's
    // resources; the others were reported by that analysis, and so were the template's own diagnostics.
    private static List<Finding> Reanalyze(Deferred deferred, RuleEngine engine, ResourceIndex index, FindingLevel indeterminateLevel, RunContext context, DiagnosticBag faults)
    {
        var findings = new List<Finding>();
        try
        {
            if (Loader(deferred.Template, context, new DiagnosticBag()) is not { } load)
            {
                return findings;
            }

            foreach (var verdict in engine.Evaluate(load(deferred.Parameters), index))
            {
                if (verdict.NeedsGlobalLookup && FindingBuilder.Build(verdict, indeterminateLevel) is { } finding)
                {
                    findings.Add(WithParameterSet(finding, deferred.Parameters));
                }
            }
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            faults.Add(AnalysisDiagnostics.InternalError(null, deferred.Template.DisplayPath, error));
        }

        return findings;
    }

    private static Finding WithParameterSet(Finding finding, ParameterSet? parameters) =>
        finding with { ParameterSets = parameters is null ? [] : [parameters.Name] };

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

        var read = new Dictionary<string, ParameterFile>(StringComparer.Ordinal);
        foreach (var set in sets)
        {
            if (set is not null)
            {
                read[set.Path] = set;
            }
        }

        return read;
    }

    // A fault on one parameter file becomes a diagnostic for that file, as on a template, and the run goes on.
    private static ParameterFile? ReadParameterFile(InputFile file, RunContext context, DiagnosticBag diagnostics)
    {
        try
        {
            return ReadParameterFileOrThrow(file, context, diagnostics);
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            diagnostics.Add(AnalysisDiagnostics.InternalError(null, file.DisplayPath, error));
            return null;
        }
    }

    private static ParameterFile? ReadParameterFileOrThrow(InputFile file, RunContext context, DiagnosticBag diagnostics)
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

            return new ParameterFile(file.FullPath, set, templatePath);
        }

        if (file.Read(diagnostics) is not { } source)
        {
            return null;
        }

        var parsed = JsonParser.Parse(source, diagnostics);
        source.ReleaseText();
        return parsed is JsonObject root && ArmParameterFileReader.Read(source, root, diagnostics) is { } armSet
            ? new ParameterFile(file.FullPath, armSet, null)
            : null;
    }

    /// <summary>
    /// One finding per rule, check, location and outcome (indeterminate results of several checks at one place are
    /// one finding); the parameter sets it occurs with are merged.
    /// </summary>
    private static ImmutableArray<Finding> Merge(IEnumerable<Finding> findings)
    {
        var merged = new Dictionary<MergeKey, List<Finding>>();
        var order = new List<List<Finding>>();
        foreach (var finding in findings)
        {
            var key = new MergeKey(finding.Rule.Id, finding.IsIndeterminate ? "" : finding.Check, finding.Location.File.DisplayPath,
                finding.Location.Span.Start, finding.Location.Span.Length, (int)finding.Outcome);
            if (!merged.TryGetValue(key, out var same))
            {
                merged[key] = same = [];
                order.Add(same);
            }

            same.Add(finding);
        }

        var result = order.Select(same => same[0] with
        {
            ParameterSets = [.. same.SelectMany(f => f.ParameterSets).Distinct().Order(StringComparer.Ordinal)],
        }).ToList();
        StableSort.Sort(result, static (a, b) =>
            StableSort.ByPlace(a.Location.File.DisplayPath, a.Location.Span.Start, b.Location.File.DisplayPath, b.Location.Span.Start)
            is var byPlace and not 0 ? byPlace
            : string.CompareOrdinal(a.Rule.Id, b.Rule.Id) is var byRule and not 0 ? byRule
            : string.CompareOrdinal(a.Message, b.Message));
        return [.. result];
    }

    // The fields findings are merged by; an enum as its number, so that comparing keys needs no generic comparer.
    private sealed record MergeKey(string Rule, string Check, string Path, int Start, int Length, int Outcome);

    private static ImmutableArray<Diagnostic> Sort(IEnumerable<Diagnostic> diagnostics)
    {
        var sorted = diagnostics.Distinct().ToList();
        StableSort.Sort(sorted, static (a, b) =>
            StableSort.ByPlace(a.Path ?? "", a.Location?.Span.Start ?? -1, b.Path ?? "", b.Location?.Span.Start ?? -1)
            is var byPlace and not 0 ? byPlace
            : string.CompareOrdinal(a.Code, b.Code) is var byCode and not 0 ? byCode
            : string.CompareOrdinal(a.Message, b.Message));
        return [.. sorted];
    }
}
