using System.Collections.Immutable;
using AcrTemplateLint.Configuration;
using AcrTemplateLint.Rules.Engine;
using AcrTemplateLint.Rules.Model;

namespace AcrTemplateLint.Analysis;

/// <summary>Everything one analysis run needs. <see cref="Root"/> is what reported paths are relative to.</summary>
public sealed record AnalysisOptions
{
    public required ImmutableArray<string> Paths { get; init; }

    public required string Root { get; init; }

    public required ImmutableArray<Rule> Rules { get; init; }

    /// <summary>Extra parameter files (--params), applied to the templates they fit.</summary>
    public ImmutableArray<string> ParameterFiles { get; init; } = [];

    /// <summary>The level of indeterminate results; None leaves them out.</summary>
    public FindingLevel IndeterminateLevel { get; init; } = FindingLevel.Note;

    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// Lets templates make acrlint read files outside <see cref="Root"/>: modules, linked templates and
    /// loadTextContent() paths such as ../../etc/passwd, absolute paths and symbolic links that leave it.
    /// </summary>
    public bool AllowOutsideRoot { get; init; }

    /// <summary>The `.acrlint.yaml` in effect: rule settings, excluded paths, suppressions.</summary>
    public AcrlintConfig Config { get; init; } = AcrlintConfig.Empty;

    public Suppressions.Baseline? Baseline { get; init; }

    /// <summary>The date suppression expiries are compared with (fixed in tests).</summary>
    public DateOnly Today { get; init; } = DateOnly.FromDateTime(DateTime.UtcNow);
}
