using AcrTemplateLint.Configuration;
using AcrTemplateLint.Evaluation.Values;
using AcrTemplateLint.Rules.Model;

namespace AcrTemplateLint.Rules.Engine;

/// <summary>Per-rule effect and parameter overrides from `.acrlint.yaml`, by rule id (any case).</summary>
/// <remarks>
/// The entries are the configuration's own records: a dictionary with an enum or struct value is generic code the JIT
/// compiles on every run, settings or not, where one of references runs code compiled ahead of time.
/// </remarks>
public sealed class RuleSettings(IReadOnlyDictionary<string, RuleConfig> rules)
{
    public static RuleSettings Default { get; } = new(new Dictionary<string, RuleConfig>(StringComparer.OrdinalIgnoreCase));

    /// <summary>An overridden effect applies to every check of the rule, including checks with an effect of their own.</summary>
    public Rule Apply(Rule rule) => rules.TryGetValue(rule.Id, out var config) && config.Effect is { } effect
        ? rule with { Effect = effect, Checks = [.. rule.Checks.Select(c => c with { Effect = null })] }
        : rule;

    public IReadOnlyDictionary<string, Value>? ParametersFor(string ruleId) =>
        rules.TryGetValue(ruleId, out var config) && !config.Parameters.IsEmpty ? config.Parameters : null;
}
