using System.Collections.Immutable;
using AcrTemplateLint.Evaluation.Values;
using AcrTemplateLint.Rules.Model;
using AcrTemplateLint.Suppressions;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Rules.Engine;

/// <summary>
/// A reported rule result: a failure, or an indeterminate verdict. <see cref="Location"/> is the deciding value;
/// <see cref="Related"/> are the hops it took (parameter, parameter file, module call) and related resources.
/// <see cref="ParameterSets"/> lists the parameter files with which it occurs (empty: the template's defaults).
/// </summary>
public sealed record Finding
{
    public required Rule Rule { get; init; }

    /// <summary>The name of the check that failed ("" for a rule with a single check).</summary>
    public string Check { get; init; } = "";

    public required RuleOutcome Outcome { get; init; }

    public required FindingLevel Level { get; init; }

    public required string Message { get; init; }

    public required SourceLocation Location { get; init; }

    /// <summary>The field path of the deciding value ("" when the resource as a whole decided).</summary>
    public string Field { get; init; } = "";

    public ImmutableArray<Hop> Related { get; init; } = [];

    /// <summary>Type and symbolic or evaluated name of the resource: the line-independent part of fingerprints.</summary>
    public required string ResourceIdentity { get; init; }

    public ImmutableArray<string> ParameterSets { get; init; } = [];

    /// <summary>Why the finding is not reported (and does not count for the exit code), if it is suppressed.</summary>
    public Suppression? Suppression { get; init; }

    public bool IsSuppressed => Suppression is not null;

    public bool IsIndeterminate => Outcome == RuleOutcome.Indeterminate;
}
