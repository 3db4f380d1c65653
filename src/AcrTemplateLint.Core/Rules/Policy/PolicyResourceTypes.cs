using System.Collections.Immutable;
using AcrTemplateLint.Evaluation.Values;
using AcrTemplateLint.Rules.Model;

namespace AcrTemplateLint.Rules.Policy;

/// <summary>
/// The resource types a policy applies to, from its "field": "type" conditions with equals or in, alone or as
/// members of the top-level allOf (with parameters, as assigned). Those conditions are taken out of the "if": the
/// engine runs the rule on those types only, and a finding should point at what made the resource non-compliant,
/// not at its type. Without such a condition the rule applies to every type (<see cref="Rule.AnyType"/>).
/// </summary>
internal static class PolicyResourceTypes
{
    public static (ImmutableArray<string> Types, Condition Remaining) Extract(Condition condition, PolicyConditionReader reader)
    {
        if (TypesOf(condition, reader) is { } only)
        {
            return (only, Always(condition));
        }

        if (condition is not AllOfCondition all)
        {
            return ([Rule.AnyType], condition);
        }

        ImmutableArray<string>? types = null;
        var rest = ImmutableArray.CreateBuilder<Condition>();
        foreach (var member in all.Conditions)
        {
            if (TypesOf(member, reader) is { } found)
            {
                // Several type conditions must all hold.
                types = types is { } earlier ? [.. earlier.Where(t => found.Contains(t, StringComparer.OrdinalIgnoreCase))] : found;
            }
            else
            {
                rest.Add(member);
            }
        }

        return types switch
        {
            null => ([Rule.AnyType], condition),
            { } chosen when rest.Count == 0 => (chosen, Always(condition)),
            { } chosen when rest.Count == 1 => (chosen, rest[0]),
            { } chosen => (chosen, all with { Conditions = rest.ToImmutable() }),
        };
    }

    private static ImmutableArray<string>? TypesOf(Condition condition, PolicyConditionReader reader)
    {
        if (condition is not LeafCondition { Operand: FieldOperand { Path: { Alias.ResourceType: null, Segments: [{ IsWildcard: false } segment] } } } leaf
            || !segment.Name.Equals("type", StringComparison.OrdinalIgnoreCase)
            || leaf.Operator is not (ConditionOperator.Equals or ConditionOperator.In))
        {
            return null;
        }

        return reader.Evaluate(leaf.Expected) switch
        {
            StringValue type when leaf.Operator == ConditionOperator.Equals => [type.Value],
            ArrayValue list when leaf.Operator == ConditionOperator.In && list.Items.All(i => i is StringValue) =>
                [.. list.Items.Cast<StringValue>().Select(s => s.Value)],
            _ => null,
        };
    }

    // An allOf with no members always holds: the type was the only condition.
    private static AllOfCondition Always(Condition replaced) => new([], replaced.Location);
}
