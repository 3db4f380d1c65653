using System.Collections.Immutable;
using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Graph;
using AcrTemplateLint.Rules.Engine;
using AcrTemplateLint.Rules.Model;

namespace AcrTemplateLint.Analysis;

/// <summary>The outcome of a run: findings and diagnostics, deduplicated and in a deterministic order.</summary>
public sealed record AnalysisResult(
    ImmutableArray<Finding> Findings,
    ImmutableArray<Diagnostic> Diagnostics,
    ImmutableArray<Rule> Rules,
    ImmutableArray<string> AnalyzedFiles)
{
    /// <summary>The graphs that were checked, for `acrlint graph`; empty unless requested.</summary>
    public ImmutableArray<ResourceGraph> Graphs { get; init; } = [];
}
