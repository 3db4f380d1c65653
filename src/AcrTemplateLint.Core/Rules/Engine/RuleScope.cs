using System.Collections.Immutable;
using AcrTemplateLint.Evaluation;
using AcrTemplateLint.Evaluation.Values;
using AcrTemplateLint.Rules.Model;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Rules.Engine;

/// <summary>
/// What expressions inside a rule see: the rule's parameters (defaults, or values from configuration) and the
/// template function library. Rules have no variables.
/// </summary>
public sealed class RuleScope : ITemplateScope
{
    // Read-only once built; a plain dictionary, as an immutable one is generic code compiled at start-up.
    private readonly Dictionary<string, Value> parameters = new(StringComparer.OrdinalIgnoreCase);

    public RuleScope(Rule rule, IReadOnlyDictionary<string, Value>? overrides = null)
        : this(rule.Parameters, overrides)
    {
    }

    /// <summary>A scope over parameter declarations alone: an Azure Policy's effect is read before its rule exists.</summary>
    public RuleScope(IEnumerable<RuleParameter> declared, IReadOnlyDictionary<string, Value>? overrides = null)
    {
        foreach (var parameter in declared)
        {
            parameters[parameter.Name] = overrides?.GetValueOrDefault(parameter.Name) ?? parameter.Default;
        }
    }

    public DeploymentContext Deployment => DeploymentContext.ResourceGroup;

    public Value GetParameter(string name, SourceLocation? useSite) =>
        parameters.TryGetValue(name, out var value)
            ? value
            : new UnknownValue($"the undeclared rule parameter '{name}'", useSite) { Origin = useSite };

    public Value GetVariable(string name, SourceLocation? useSite) =>
        new UnknownValue($"the variable '{name}' (rules have no variables)", useSite) { Origin = useSite };

    public UserFunction? GetFunction(string? ns, string name) => null;
}
