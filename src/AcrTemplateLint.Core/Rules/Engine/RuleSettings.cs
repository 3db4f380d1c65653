using System.Collections.Immutable;
using AcrTemplateLint.Evaluation.Values;
using AcrTemplateLint.Rules.Model;

namespace AcrTemplateLint.Rules.Engine;

/// <summary>Per-rule effect and parameter overrides, from `.acrlint.yaml`.</summary>
/// <remarks>
/// The effects are a read-only dictionary rather than an immutable one: an immutable dictionary of an enum is generic
/// code compiled at start-up, paid by every run even without settings.
/// </remarks>
public sealed record RuleSettings(
    IReadOnlyDictionary<string, RuleEffect> Effects,
    ImmutableDictionary<string, ImmutableDictionary<string, Value>> Parameters)
{
    public static RuleSettings Default { get; } = new(
        new Dictionary<string, RuleEffect>(StringComparer.OrdinalIgnoreCase),
        ImmutableDictionary.Create<string, ImmutableDictionary<string, Value>>(StringComparer.OrdinalIgnoreCase));

    /// <summary>An overridden effect applies to every check of the rule, including checks with an effect of their own.</summary>
    public Rule Apply(Rule rule) => Effects.TryGetValue(rule.Id, out var effect)
        ? rule with { Effect = effect, Checks = [.. rule.Checks.Select(c => c with { Effect = null })] }
        : rule;

    public IReadOnlyDictionary<string, Value>? ParametersFor(string ruleId) => Parameters.GetValueOrDefault(ruleId);
}
