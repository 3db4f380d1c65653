using System.Collections.Immutable;
using AcrTemplateLint.Evaluation.Values;
using AcrTemplateLint.Rules.Paths;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Rules.Model;

/// <summary>
/// A rule as loaded from its YAML file. <see cref="If"/> describes the violation (Azure Policy polarity).
/// <see cref="Defaults"/> are the values the resource provider applies when a property is absent.
/// </summary>
public sealed record Rule
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required string Title { get; init; }

    public required string Description { get; init; }

    public required string Message { get; init; }

    public required RuleEffect Effect { get; init; }

    public string Ruleset { get; init; } = "core";

    public ImmutableArray<string> Tags { get; init; } = [];

    /// <summary>GitHub's security-severity score, "0.1".."10.0".</summary>
    public string? SecuritySeverity { get; init; }

    /// <summary>The Azure Policy built-in definition this rule mirrors, if any.</summary>
    public string? PolicyId { get; init; }

    public required ImmutableArray<string> ResourceTypes { get; init; }

    public ImmutableArray<FieldDefault> Defaults { get; init; } = [];

    public required Condition If { get; init; }

    public ImmutableArray<RuleTestCase> Tests { get; init; } = [];

    /// <summary>The rule file, for diagnostics and for `acrlint explain`.</summary>
    public SourceFile? Source { get; init; }

    public Value? DefaultFor(FieldPath path) =>
        Defaults.FirstOrDefault(d => d.Path.Equals(path))?.Value;
}

/// <summary>The value a field takes when a template leaves it out.</summary>
public sealed record FieldDefault(FieldPath Path, Value Value);
