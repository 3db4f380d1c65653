using System.Collections.Immutable;
using AcrTemplateLint.Evaluation.Values;
using AcrTemplateLint.Graph;
using AcrTemplateLint.Rules.Model;

namespace AcrTemplateLint.Rules.Engine;

/// <summary>
/// Runs rules over a resource graph: every enabled rule on every deployed (not `existing`) resource of its types.
/// A resource whose condition is known to be false is not deployed and is skipped.
/// </summary>
public sealed class RuleEngine
{
    private readonly ImmutableArray<Rule> rules;

    public RuleEngine(ImmutableArray<Rule> rules) => this.rules = rules;

    public IEnumerable<RuleVerdict> Evaluate(ResourceGraph graph)
    {
        foreach (var resource in graph.Resources)
        {
            if (resource.IsExisting || resource.Condition is BooleanValue { Value: false })
            {
                continue;
            }

            foreach (var rule in rules)
            {
                if (rule.Effect == RuleEffect.Disabled || !rule.ResourceTypes.Any(resource.IsType))
                {
                    continue;
                }

                yield return Evaluate(rule, resource);
            }
        }
    }

    public static RuleVerdict Evaluate(Rule rule, ResourceNode resource)
    {
        var result = new ConditionEvaluator(rule, resource).Evaluate(rule.If);
        var outcome = result.Truth switch
        {
            Truth.True => RuleOutcome.Fail,
            Truth.False => RuleOutcome.Pass,
            _ => RuleOutcome.Indeterminate,
        };
        return new RuleVerdict(rule, resource, outcome, result);
    }
}
