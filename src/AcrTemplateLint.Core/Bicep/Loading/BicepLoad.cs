using System.Collections.Immutable;
using AcrTemplateLint.Arm;
using AcrTemplateLint.Bicep.Lowering;
using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Evaluation;
using AcrTemplateLint.Graph;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Bicep.Loading;

/// <summary>
/// What every scope of one evaluation shares: the evaluator (one budget for the entry template and all its
/// modules), the diagnostics, the file cache and access policy, and what the evaluation found out about modules.
/// </summary>
internal sealed class BicepLoad(DiagnosticBag diagnostics, BicepFileCache files, FileAccessPolicy policy)
{
    public Evaluator Evaluator { get; } = new(diagnostics);

    public DiagnosticBag Diagnostics => diagnostics;

    public BicepFileCache Files => files;

    public FileAccessPolicy Policy => policy;

    /// <summary>JSON modules and the templates they link, read once per evaluation.</summary>
    public TemplateFileCache LinkedTemplates { get; } = new();

    public ImmutableArray<UnresolvedModule>.Builder Unresolved { get; } = ImmutableArray.CreateBuilder<UnresolvedModule>();

    public SortedSet<string> LinkedFiles { get; } = new(StringComparer.Ordinal);

    /// <summary>Diagnostics of files that were read through the cache, reported once per evaluation.</summary>
    public void ReportFileDiagnostics(string fullPath, ImmutableArray<Diagnostic> found)
    {
        if (reportedFiles.Add(fullPath))
        {
            diagnostics.AddRange(found);
        }
    }

    /// <summary>
    /// The lowerer of <paramref name="file"/>, shared by all its scopes in this evaluation: lowering does not depend
    /// on parameter values, and a module in a loop has a scope per instance.
    /// </summary>
    public BicepLowerer Lowerer(BicepFile file)
    {
        if (!lowerers.TryGetValue(file, out var lowerer))
        {
            lowerer = new BicepLowerer(file.Model, diagnostics, policy);
            lowerers[file] = lowerer;
        }

        return lowerer;
    }

    private readonly Dictionary<BicepFile, BicepLowerer> lowerers = new(ReferenceEqualityComparer.Instance);

    /// <summary>True the first time a file's declarations are checked in this evaluation (a module may have many instances).</summary>
    public bool FirstCheck(SourceFile file) => checkedFiles.Add(file.FullPath);

    private readonly HashSet<string> reportedFiles = new(StringComparer.Ordinal);
    private readonly HashSet<string> checkedFiles = new(StringComparer.Ordinal);
}
