using AcrTemplateLint.Evaluation.Values;
using AcrTemplateLint.Graph;
using AcrTemplateLint.Rules.Model;

namespace AcrTemplateLint.Rules.Engine;

/// <summary>
/// Evaluates a rule's condition tree on one resource with three-valued logic, keeping the evidence that decided it.
/// An Unknown only makes the result Unknown when it could change it: allOf with one false member is false.
/// </summary>
internal sealed class ConditionEvaluator
{
    private readonly Rule rule;
    private readonly ResourceNode resource;

    public ConditionEvaluator(Rule rule, ResourceNode resource)
    {
        this.rule = rule;
        this.resource = resource;
    }

    public ConditionResult Evaluate(Condition condition) => condition switch
    {
        AllOfCondition all => Combine(all.Conditions, decisive: Truth.False),
        AnyOfCondition any => Combine(any.Conditions, decisive: Truth.True),
        NotCondition not => Negate(Evaluate(not.Inner)),
        LeafCondition leaf => EvaluateLeaf(leaf),
        _ => throw new InvalidOperationException($"Unhandled condition {condition.GetType().Name}"),
    };

    private static ConditionResult Negate(ConditionResult inner) => inner with { Truth = inner.Truth.Not() };

    // allOf is decided by its first false member, anyOf by its first true one. When the combination is true, the
    // evidence is the first member whose value the template sets, so a finding points at what the author wrote.
    private ConditionResult Combine(IEnumerable<Condition> conditions, Truth decisive)
    {
        var results = new List<ConditionResult>();
        foreach (var condition in conditions)
        {
            var result = Evaluate(condition);
            if (result.Truth == decisive)
            {
                return decisive == Truth.True ? PreferPresent([result]) : result;
            }

            results.Add(result);
        }

        if (results.FirstOrDefault(r => r.Truth == Truth.Unknown) is { } unknown)
        {
            return unknown;
        }

        return decisive == Truth.True ? results.FirstOrDefault() ?? new ConditionResult(Truth.False, null) : PreferPresent(results);
    }

    private static ConditionResult PreferPresent(List<ConditionResult> results)
    {
        var chosen = results.FirstOrDefault(r => r.Evidence?.IsPresent == true) ?? results.FirstOrDefault(r => r.Evidence is not null) ?? results[0];
        return chosen with { Truth = results[0].Truth };
    }

    // A [*] field holds for the resource when it holds for every element (Azure Policy's per-element "and").
    private ConditionResult EvaluateLeaf(LeafCondition leaf)
    {
        var field = ((FieldOperand)leaf.Operand).Path;
        var values = FieldResolver.Resolve(resource, field, rule);
        ConditionResult? firstTrue = null;
        ConditionResult? firstUnknown = null;
        foreach (var value in values)
        {
            var truth = Test(leaf, value, out var unknown);
            var result = new ConditionResult(truth, value, unknown, unknown is null ? null : field.ToString());
            switch (truth)
            {
                case Truth.False:
                    return result;
                case Truth.Unknown:
                    firstUnknown ??= result;
                    break;
                default:
                    firstTrue ??= result;
                    break;
            }
        }

        return firstUnknown ?? firstTrue ?? new ConditionResult(Truth.True, null);
    }

    private static Truth Test(LeafCondition leaf, FieldValue field, out UnknownValue? unknown)
    {
        unknown = null;
        if (field.Value is not UnknownValue u)
        {
            return TruthExtensions.From(Operators.Apply(leaf.Operator, field.Value, leaf.Expected));
        }

        // The field is set to something unknown: it exists, whatever it is.
        if (leaf.Operator == ConditionOperator.Exists && !field.BelowUnknown)
        {
            return TruthExtensions.From(Operators.Apply(leaf.Operator, u, leaf.Expected));
        }

        // An Unknown with a known set of candidates (an @allowed list) is decided when every candidate agrees.
        if (!u.Candidates.IsDefaultOrEmpty)
        {
            var outcomes = u.Candidates.Select(c => Operators.Apply(leaf.Operator, c, leaf.Expected)).Distinct().ToList();
            if (outcomes.Count == 1)
            {
                return TruthExtensions.From(outcomes[0]);
            }
        }

        unknown = u;
        return Truth.Unknown;
    }
}
