using System.Collections.Immutable;
using AcrTemplateLint.Evaluation.Values;
using AcrTemplateLint.Rules.Paths;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Rules.Model;

/// <summary>
/// A rule as loaded from its YAML file. Each <see cref="RuleCheck"/> has an "if" that describes a violation (Azure
/// Policy polarity); a simple rule has one check. <see cref="Defaults"/> are the values the resource provider applies
/// when a property is absent, declared in the rule rather than in code.
/// </summary>
public sealed record Rule
{
    /// <summary>In <see cref="ResourceTypes"/>: every type (an Azure Policy rule without a type condition).</summary>
    public const string AnyType = "*";

    public required string Id { get; init; }

    public required string Name { get; init; }

    public required string Title { get; init; }

    public required string Description { get; init; }

    public required RuleEffect Effect { get; init; }

    public string Ruleset { get; init; } = "core";

    public ImmutableArray<string> Tags { get; init; } = [];

    /// <summary>GitHub's security-severity score, "0.1".."10.0".</summary>
    public string? SecuritySeverity { get; init; }

    /// <summary>The Azure Policy built-in definition this rule mirrors, if any; for an imported policy, its own name.</summary>
    public string? PolicyId { get; init; }

    public RuleOrigin Origin { get; init; } = RuleOrigin.RuleFile;

    /// <summary>Where the rule is explained, when not at docs/rules/ID.md (an imported policy's portal page).</summary>
    public string? HelpUri { get; init; }

    public required ImmutableArray<string> ResourceTypes { get; init; }

    public ImmutableArray<FieldDefault> Defaults { get; init; } = [];

    public ImmutableArray<RuleParameter> Parameters { get; init; } = [];

    public ImmutableArray<RelatedDeclaration> Related { get; init; } = [];

    public required ImmutableArray<RuleCheck> Checks { get; init; }

    public ImmutableArray<RuleTestCase> Tests { get; init; } = [];

    /// <summary>The rule file, for diagnostics and for `acrlint explain`.</summary>
    public SourceFile? Source { get; init; }

    // Asked for every rule and resource: a loop, not a lambda that captures the type.
    public bool AppliesTo(string resourceType)
    {
        foreach (var type in ResourceTypes)
        {
            if (type == AnyType || string.Equals(type, resourceType, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    public Value? DefaultFor(FieldPath path) =>
        Defaults.FirstOrDefault(d => d.Path.Equals(path))?.Value;

    public RelatedDeclaration? GetRelated(string name) =>
        Related.FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase));
}

/// <summary>Where a rule came from: a rule file (rules/*.yaml, --rules) or an Azure Policy definition (--policy).</summary>
public enum RuleOrigin
{
    RuleFile,
    AzurePolicy,
}

/// <summary>The value a field takes when a template leaves it out.</summary>
public sealed record FieldDefault(FieldPath Path, Value Value);
