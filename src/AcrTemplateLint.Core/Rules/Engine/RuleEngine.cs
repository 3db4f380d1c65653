using System.Collections.Immutable;
using AcrTemplateLint.Evaluation.Values;
using AcrTemplateLint.Graph;
using AcrTemplateLint.Rules.Model;

namespace AcrTemplateLint.Rules.Engine;

/// <summary>
/// Runs rules over a resource graph: every check of every enabled rule on every deployed (not `existing`) resource
/// of its types. A resource whose condition is known to be false is not deployed and is skipped.
/// </summary>
public sealed class RuleEngine
{
    private readonly ImmutableArray<ScopedRule> rules;

    public RuleEngine(ImmutableArray<Rule> rules, RuleSettings? settings = null)
    {
        settings ??= RuleSettings.Default;
        // A loop: collecting a LINQ chain of unknown length is generic code the JIT compiles on every run.
        var scoped = ImmutableArray.CreateBuilder<ScopedRule>(rules.Length);
        foreach (var rule in rules)
        {
            if (settings.Apply(rule) is { Effect: not RuleEffect.Disabled } applied)
            {
                scoped.Add(new ScopedRule(applied, new RuleScope(applied, settings.ParametersFor(applied.Id))));
            }
        }

        this.rules = scoped.ToImmutable();
    }

    /// <summary>
    /// Verdicts for one graph. Those whose relations lead into other files are marked (NeedsGlobalLookup) and, with
    /// no index, undecided.
    /// </summary>
    public IEnumerable<RuleVerdict> Evaluate(ResourceGraph graph, ResourceIndex? index = null)
    {
        var resolver = new GraphResolver(graph, index);
        foreach (var resource in graph.Resources)
        {
            if (resource.IsExisting || resource.Condition is BooleanValue { Value: false })
            {
                continue;
            }

            foreach (var (rule, scope) in rules)
            {
                if (!rule.AppliesTo(resource.Type))
                {
                    continue;
                }

                foreach (var check in rule.Checks)
                {
                    yield return Evaluate(new CheckRun(rule, check, resolver, scope), resource);
                }
            }
        }
    }

    private static RuleVerdict Evaluate(CheckRun run, ResourceNode resource)
    {
        var result = new ConditionEvaluator(run, resource).Evaluate(run.Check.If);
        if (result.Truth == Truth.True && !run.Check.Location.IsEmpty)
        {
            result = result with { Evidence = Locate(run, resource) };
        }

        var outcome = result.Truth switch
        {
            Truth.True => RuleOutcome.Fail,
            Truth.False => RuleOutcome.Pass,
            _ => RuleOutcome.Indeterminate,
        };
        return new RuleVerdict(run.Rule, run.Check, resource, outcome, result) { NeedsGlobalLookup = run.NeedsGlobalLookup };
    }

    // A check's declared location: the first listed field the template sets, else where the first would be.
    private static FieldValue? Locate(CheckRun run, ResourceNode resource)
    {
        var candidates = run.Check.Location.Select(path => FieldResolver.Resolve(resource, path, run.Rule).FirstOrDefault()).ToList();
        return candidates.FirstOrDefault(c => c?.IsPresent == true) ?? candidates.FirstOrDefault();
    }

    /// <summary>An enabled rule with its parameters' values.</summary>
    private sealed record ScopedRule(Rule Rule, RuleScope Scope);
}
