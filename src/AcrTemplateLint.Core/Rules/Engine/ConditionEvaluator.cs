using System.Collections.Immutable;
using AcrTemplateLint.Evaluation.Values;
using AcrTemplateLint.Graph;
using AcrTemplateLint.Rules.Model;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Rules.Engine;

/// <summary>
/// Evaluates a condition tree on one resource with three-valued logic, keeping the evidence that decided it. An
/// Unknown only makes the result Unknown when it could change it: allOf with one false member is false.
/// </summary>
internal sealed class ConditionEvaluator
{
    private readonly CheckRun run;
    private readonly ResourceNode resource;
    private readonly ElementBinding? element;

    public ConditionEvaluator(CheckRun run, ResourceNode resource, ElementBinding? element = null)
    {
        this.run = run;
        this.resource = resource;
        this.element = element;
    }

    public ConditionResult Evaluate(Condition condition)
    {
        var result = EvaluateCore(condition);
        return result.Truth == Truth.True && condition.Because is { } because ? result with { Detail = because } : result;
    }

    private ConditionResult EvaluateCore(Condition condition) => condition switch
    {
        AllOfCondition all => AllOf(all.Conditions),
        AnyOfCondition any => AnyOf(any.Conditions),
        NotCondition not => Negate(Evaluate(not.Inner)),
        LeafCondition { Operand: CountOperand count } leaf => Count(leaf, count),
        LeafCondition leaf => Leaf(leaf),
        RelatedCondition related => Related(related),
        ApiVersionCondition api => ApiVersions.Evaluate(resource, api.Table),
        LiveStateCondition live => new ConditionResult(Truth.Unknown, null, new UnknownValue(live.Reason, live.Location), live.Subject),
        _ => throw new InvalidOperationException($"Unhandled condition {condition.GetType().Name}"),
    };

    private static ConditionResult Negate(ConditionResult inner) => inner with { Truth = inner.Truth.Not() };

    // All members true: the evidence is the first member whose value the template sets, so a finding points at
    // what the author wrote; related locations of every member are kept.
    private ConditionResult AllOf(ImmutableArray<Condition> conditions)
    {
        var results = new List<ConditionResult>(conditions.Length);
        foreach (var condition in conditions)
        {
            var result = Evaluate(condition);
            if (result.Truth == Truth.False)
            {
                return result;
            }

            results.Add(result);
        }

        if (results.FirstOrDefault(r => r.Truth == Truth.Unknown) is { } unknown)
        {
            return unknown;
        }

        var chosen = PreferPresent(results);
        return chosen with
        {
            Related = [.. results.SelectMany(r => r.Related)],
            Detail = chosen.Detail ?? results.Select(r => r.Detail).FirstOrDefault(d => d is not null),
            RelatedNames = RelatedName.Merge(results),
        };
    }

    // One member true: the first in rule order, or in source order for checks that point at the first offending value.
    private ConditionResult AnyOf(ImmutableArray<Condition> conditions)
    {
        var results = new List<ConditionResult>(conditions.Length);
        foreach (var condition in conditions)
        {
            var result = Evaluate(condition);
            if (result.Truth == Truth.True && !run.Check.SourceOrder)
            {
                return result;
            }

            results.Add(result);
        }

        // The first true member with evidence, earliest in the source; the first without when none has evidence.
        ConditionResult? first = null;
        foreach (var result in results)
        {
            if (result.Truth == Truth.True && (first is null || SourceOrder(result, first) < 0))
            {
                first = result;
            }
        }

        return first
            ?? results.FirstOrDefault(r => r.Truth == Truth.Unknown) ?? PreferPresent(results);
    }

    private static int SourceOrder(ConditionResult a, ConditionResult b)
    {
        if (a.Evidence is null || b.Evidence is null)
        {
            return (a.Evidence is null ? 1 : 0) - (b.Evidence is null ? 1 : 0);
        }

        return StableSort.ByPlace(a.Evidence.Location.File.DisplayPath, a.Evidence.Location.Span.Start, b.Evidence.Location.File.DisplayPath, b.Evidence.Location.Span.Start);
    }

    private static ConditionResult PreferPresent(List<ConditionResult> results) =>
        results.FirstOrDefault(r => r.Evidence?.IsPresent == true)
        ?? results.FirstOrDefault(r => r.Evidence is not null)
        ?? results.FirstOrDefault()
        ?? new ConditionResult(Truth.True, null);

    // A [*] field holds for the resource when it holds for every element (Azure Policy's per-element "and").
    private ConditionResult Leaf(LeafCondition leaf)
    {
        var expected = run.Evaluate(leaf.Expected, resource, element);
        if (expected is UnknownValue unknownExpected)
        {
            return new ConditionResult(Truth.Unknown, null, unknownExpected, leaf.Operand.ToString());
        }

        var values = leaf.Operand switch
        {
            FieldOperand field => FieldResolver.Resolve(resource, field.Path, run.Rule, element),
            ValueOperand value => [Computed(value)],
            _ => [],
        };

        ConditionResult? firstTrue = null;
        ConditionResult? firstUnknown = null;
        foreach (var value in values)
        {
            var truth = Test(leaf.Operator, value, expected, out var unknown);
            var result = new ConditionResult(truth, value, unknown, unknown is null ? null : value.Field);
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

    private FieldValue Computed(ValueOperand operand)
    {
        var value = run.Evaluate(operand.Expression, resource, element);

        // A value computed inside the rule (a literal, a function of parameters) has no place in the template.
        var placed = value.Origin is { } origin && origin.File != run.Rule.Source ? origin : null;
        return new FieldValue(operand.Text, value is NullValue ? null : value, false, placed ?? resource.Declaration, value.Trace)
        {
            FromRule = placed is null,
        };
    }

    private static Truth Test(ConditionOperator op, FieldValue field, Value expected, out UnknownValue? unknown)
    {
        unknown = null;

        // exists asks about the template, not about the provider's defaults.
        if (op == ConditionOperator.Exists && field.Value is not UnknownValue)
        {
            return TruthExtensions.From(Operators.Apply(op, field.IsDefault ? null : field.Value, expected));
        }

        if (field.Value is not UnknownValue u)
        {
            return TruthExtensions.From(Operators.Apply(op, field.Value, expected));
        }

        // The field is set to something unknown: it exists, whatever it is.
        if (op == ConditionOperator.Exists && !field.BelowUnknown)
        {
            return TruthExtensions.From(Operators.Apply(op, u, expected));
        }

        // An Unknown with a known set of candidates (an @allowed list) is decided when every candidate agrees.
        if (!u.Candidates.IsDefaultOrEmpty)
        {
            var outcome = Operators.Apply(op, u.Candidates[0], expected);
            if (u.Candidates.All(c => Operators.Apply(op, c, expected) == outcome))
            {
                return TruthExtensions.From(outcome);
            }
        }

        unknown = u;
        return Truth.Unknown;
    }

    private ConditionResult Related(RelatedCondition condition)
    {
        var declaration = run.Rule.GetRelated(condition.Related) ?? throw new InvalidOperationException($"Undeclared relation {condition.Related}");
        var set = run.Resolver.Resolve(resource, declaration);
        run.NeedsGlobalLookup |= set.NeedsGlobalLookup;
        if (set.Certain.IsEmpty)
        {
            return set.Possible > 0
                ? new ConditionResult(Truth.Unknown, null, set.Unknown)
                : new ConditionResult(Truth.False, null);
        }

        var related = set.Certain[0].Resource;
        var inner = new ConditionEvaluator(run, related).Evaluate(condition.Where);
        var name = FindingBuilder.DisplayName(related);
        var kind = GraphResolver.Kind(related.Type);
        var hops = ImmutableArray.CreateBuilder<Hop>();
        hops.Add(new Hop($"{kind} '{name}' declared here", related.Declaration));
        if (inner.Evidence is { IsPresent: true } evidence)
        {
            hops.Add(new Hop($"{evidence.Field} of {kind} '{name}'", evidence.Location));
        }

        hops.AddRange(inner.Related);
        return inner with
        {
            Evidence = null,
            Related = hops.ToImmutable(),
            RelatedNames = RelatedName.With(inner.RelatedNames, new RelatedName(condition.Related, name)),
        };
    }

    private ConditionResult Count(LeafCondition leaf, CountOperand count)
    {
        var expected = run.Evaluate(leaf.Expected, resource, element);
        var tally = count.Field is not null ? CountElements(count.Field, count.Where) : CountRelated(count);
        if (tally.Unknown is not null && tally.Possible == int.MaxValue)
        {
            return new ConditionResult(Truth.Unknown, null, tally.Unknown, count.ToString());
        }

        // Known when every number of elements the unknown ones could add gives the same outcome.
        var outcome = Operators.Apply(leaf.Operator, new IntegerValue(tally.Definite), expected);
        for (var extra = 1; extra <= Math.Min(tally.Possible, 64); extra++)
        {
            if (Operators.Apply(leaf.Operator, new IntegerValue(tally.Definite + extra), expected) != outcome)
            {
                return new ConditionResult(Truth.Unknown, null, tally.Unknown, tally.UnknownField ?? count.ToString());
            }
        }

        return new ConditionResult(TruthExtensions.From(outcome), tally.Evidence) { RelatedNames = tally.RelatedNames };
    }

    private sealed record Tally(int Definite, int Possible, UnknownValue? Unknown, FieldValue? Evidence)
    {
        public ImmutableArray<RelatedName> RelatedNames { get; init; } = [];

        public string? UnknownField { get; init; }
    }

    private Tally CountElements(Rules.Paths.FieldPath path, Condition? where)
    {
        var definite = 0;
        var possible = 0;
        UnknownValue? unknown = null;
        string? unknownField = null;
        FieldValue? evidence = null;
        foreach (var item in FieldResolver.Resolve(resource, path, run.Rule, element))
        {
            if (item.Value is null || item.IsDefault)
            {
                continue; // an absent array has no elements
            }

            if (item.BelowUnknown && item.Value is UnknownValue whole)
            {
                return new Tally(0, int.MaxValue, whole, null);
            }

            var result = where is null ? new ConditionResult(Truth.True, item) : new ConditionEvaluator(run, resource, new ElementBinding(path, item.Value)).Evaluate(where);
            var truth = result.Truth;
            if (truth == Truth.True)
            {
                definite++;

                // Point at what made the element count (its .value), not at the whole element.
                evidence ??= result.Evidence is { IsPresent: true } inner ? inner : item;
            }
            else if (truth == Truth.Unknown)
            {
                possible++;
                unknown ??= result.Unknown ?? new UnknownValue($"an element of {path}", item.Location);
                unknownField ??= result.UnknownField;
            }
        }

        return new Tally(definite, possible, unknown, evidence) { UnknownField = unknownField };
    }

    private Tally CountRelated(CountOperand count)
    {
        var declaration = run.Rule.GetRelated(count.Related ?? "") ?? throw new InvalidOperationException($"Undeclared relation {count.Related}");
        var set = run.Resolver.Resolve(resource, declaration);
        run.NeedsGlobalLookup |= set.NeedsGlobalLookup;
        var definite = 0;
        var possible = set.Possible;
        var unknown = set.Unknown;
        FieldValue? evidence = null;
        var names = ImmutableArray<RelatedName>.Empty;
        foreach (var item in set.Certain)
        {
            var truth = count.Where is null ? Truth.True : new ConditionEvaluator(run, item.Resource).Evaluate(count.Where).Truth;
            if (truth == Truth.True)
            {
                definite++;
                var location = item.Evidence?.Origin ?? item.Resource.Declaration;
                evidence ??= new FieldValue(count.ToString(), item.Evidence, false, location, item.Evidence?.Trace ?? []);
                names = RelatedName.With(names, new RelatedName(declaration.Name, FindingBuilder.DisplayName(item.Resource)));
            }
            else if (truth == Truth.Unknown)
            {
                possible++;
            }
        }

        return new Tally(definite, possible, unknown, evidence) { RelatedNames = names };
    }
}
