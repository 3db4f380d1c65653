using System.Collections.Immutable;
using AcrTemplateLint.Evaluation.Values;
using AcrTemplateLint.Rules.Model;

namespace AcrTemplateLint.Rules.Engine;

/// <summary>Per-rule effect and parameter overrides, from `.acrlint.yaml`.</summary>
public sealed record RuleSettings(
    ImmutableDictionary<string, RuleEffect> Effects,
    ImmutableDictionary<string, ImmutableDictionary<string, Value>> Parameters)
{
    public static RuleSettings Default { get; } = new(
        ImmutableDictionary.Create<string, RuleEffect>(StringComparer.OrdinalIgnoreCase),
        ImmutableDictionary.Create<string, ImmutableDictionary<string, Value>>(StringComparer.OrdinalIgnoreCase));

    /// <summary>An overridden effect applies to every check of the rule, including checks with an effect of their own.</summary>
    public Rule Apply(Rule rule) => Effects.TryGetValue(rule.Id, out var effect)
        ? rule with { Effect = effect, Checks = [.. rule.Checks.Select(c => c with { Effect = null })] }
        : rule;

    public IReadOnlyDictionary<string, Value>? ParametersFor(string ruleId) => Parameters.GetValueOrDefault(ruleId);
}
