using System.Collections.Immutable;
using AcrTemplateLint.Evaluation.Values;

namespace AcrTemplateLint.Rules.Engine;

/// <summary>
/// The truth of a condition and why. <see cref="Evidence"/> is the field value that decided it (where a finding
/// points); <see cref="Unknown"/> is what an Unknown result depends on; <see cref="Related"/> are related locations
/// gathered on the way (the registry a task targets); <see cref="Detail"/> fills a message's {detail}.
/// </summary>
public sealed record ConditionResult(Truth Truth, FieldValue? Evidence, UnknownValue? Unknown = null, string? UnknownField = null)
{
    public ImmutableArray<Hop> Related { get; init; } = [];

    public string? Detail { get; init; }

    /// <summary>The display names of the related resources the condition looked at, by relation name.</summary>
    public ImmutableArray<RelatedName> RelatedNames { get; init; } = [];
}
