using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using AcrTemplateLint.Evaluation.Expressions;
using AcrTemplateLint.Evaluation.Values;

namespace AcrTemplateLint.Evaluation.Functions;

/// <summary>
/// filter, map, reduce, sort, toObject, groupBy, mapValues (ARM docs: "Lambda functions"). The lambda is evaluated
/// once per item; when it gives an Unknown where the shape of the result depends on it (a filter predicate, a sort
/// order, a key), the whole result is Unknown, since which items end up where is not known.
/// </summary>
internal static class LambdaFunctions
{
    public static void Register(FunctionLibrary.Builder functions)
    {
        functions.Higher("filter", 2, 2, Filter);
        functions.Higher("map", 2, 2, Map);
        functions.Higher("reduce", 3, 3, Reduce);
        functions.Higher("sort", 2, 2, Sort);
        functions.Higher("toObject", 2, 3, ToObject);
        functions.Higher("groupBy", 2, 2, GroupBy);
        functions.Higher("mapValues", 2, 2, MapValues);
    }

    private static Value Invoke(FunctionCall call, LambdaExpression lambda, params ReadOnlySpan<Value> arguments) =>
        call.Evaluator.Invoke(lambda, call.Context, arguments);

    // An item of an array that came through a parameter or variable keeps that provenance inside the lambda.
    private static Value Element(Value array, Value item) => Evaluator.Through(array, item, item.Origin);

    private static Value Filter(FunctionCall call)
    {
        if (!call.Array(0, out var array, out var failure) || !call.LambdaArgument(1, 1, 2, out var predicate, out failure))
        {
            return failure;
        }

        var kept = new List<Value>();
        for (var i = 0; i < array.Items.Length; i++)
        {
            switch (Invoke(call, predicate, Element(array, array.Items[i]), new IntegerValue(i)))
            {
                case BooleanValue { Value: true }:
                    kept.Add(array.Items[i]);
                    break;
                case BooleanValue:
                    break;
                case UnknownValue unknown:
                    return unknown with { Origin = call.Origin, Candidates = [] };
                case var other:
                    return call.Invalid($"the predicate must return a bool, not {other.TypeName}");
            }
        }

        return call.Array(kept);
    }

    private static Value Map(FunctionCall call)
    {
        if (!call.Array(0, out var array, out var failure) || !call.LambdaArgument(1, 1, 2, out var lambda, out failure))
        {
            return failure;
        }

        return call.Array(array.Items.Select((item, i) => Invoke(call, lambda, Element(array, item), new IntegerValue(i))));
    }

    private static Value Reduce(FunctionCall call)
    {
        if (!call.Array(0, out var array, out var failure) || !call.LambdaArgument(2, 2, 3, out var lambda, out failure))
        {
            return failure;
        }

        var accumulator = call[1];
        for (var i = 0; i < array.Items.Length; i++)
        {
            accumulator = Invoke(call, lambda, accumulator, Element(array, array.Items[i]), new IntegerValue(i));
        }

        return accumulator;
    }

    // sort(array, (a, b) => a-before-b): a stable merge sort, so the result does not depend on the algorithm.
    private static Value Sort(FunctionCall call)
    {
        if (!call.Array(0, out var array, out var failure) || !call.LambdaArgument(1, 2, 2, out var lambda, out failure))
        {
            return failure;
        }

        Value? problem = null;
        bool Before(Value a, Value b)
        {
            if (problem is not null)
            {
                return false;
            }

            switch (Invoke(call, lambda, a, b))
            {
                case BooleanValue result:
                    return result.Value;
                case UnknownValue unknown:
                    problem = unknown with { Origin = call.Origin, Candidates = [] };
                    return false;
                case var other:
                    problem = call.Invalid($"the comparison must return a bool, not {other.TypeName}");
                    return false;
            }
        }

        var sorted = MergeSort(array.Items, Before);
        return problem ?? call.Array(sorted);
    }

    private static ImmutableArray<Value> MergeSort(ImmutableArray<Value> items, Func<Value, Value, bool> before)
    {
        if (items.Length <= 1)
        {
            return items;
        }

        var left = MergeSort(items[..(items.Length / 2)], before);
        var right = MergeSort(items[(items.Length / 2)..], before);
        var merged = ImmutableArray.CreateBuilder<Value>(items.Length);
        int l = 0, r = 0;
        while (l < left.Length && r < right.Length)
        {
            // Take from the right only when it must come first, which keeps equal items in their order.
            merged.Add(before(right[r], left[l]) ? right[r++] : left[l++]);
        }

        merged.AddRange(left[l..]);
        merged.AddRange(right[r..]);
        return merged.MoveToImmutable();
    }

    private static Value ToObject(FunctionCall call)
    {
        if (!call.Array(0, out var array, out var failure) || !call.LambdaArgument(1, 1, 1, out var keyLambda, out failure))
        {
            return failure;
        }

        LambdaExpression? valueLambda = null;
        if (call.Count > 2 && !call.LambdaArgument(2, 1, 1, out valueLambda, out failure))
        {
            return failure;
        }

        var entries = new List<ObjectEntry>();
        foreach (var item in array.Items)
        {
            if (!TryKey(call, Invoke(call, keyLambda, item), out var key, out failure))
            {
                return failure;
            }

            ObjectFunctions.Set(entries, new ObjectEntry(key, valueLambda is null ? item : Invoke(call, valueLambda, item), null));
        }

        return call.Object([.. entries]);
    }

    private static Value GroupBy(FunctionCall call)
    {
        if (!call.Array(0, out var array, out var failure) || !call.LambdaArgument(1, 1, 1, out var keyLambda, out failure))
        {
            return failure;
        }

        var groups = new List<(string Key, List<Value> Items)>();
        foreach (var item in array.Items)
        {
            if (!TryKey(call, Invoke(call, keyLambda, item), out var name, out failure))
            {
                return failure;
            }

            var index = groups.FindIndex(g => string.Equals(g.Key, name, StringComparison.OrdinalIgnoreCase));
            if (index < 0)
            {
                groups.Add((name, [item]));
            }
            else
            {
                groups[index].Items.Add(item);
            }
        }

        return call.Object([.. groups.Select(g => new ObjectEntry(g.Key, new ArrayValue([.. g.Items]) { Origin = call.Origin }, null))]);
    }

    private static Value MapValues(FunctionCall call)
    {
        if (!call.Object(0, out var obj, out var failure) || !call.LambdaArgument(1, 1, 1, out var lambda, out failure))
        {
            return failure;
        }

        return call.Object([.. obj.Entries.Select(e => e with { Value = Invoke(call, lambda, e.Value) })]);
    }

    // A key the lambda computed, or the Unknown / error to return instead: an unknown key leaves the shape unknown.
    private static bool TryKey(FunctionCall call, Value key, [NotNullWhen(true)] out string? name, [NotNullWhen(false)] out Value? failure)
    {
        name = (key as StringValue)?.Value;
        failure = key switch
        {
            StringValue => null,
            UnknownValue unknown => unknown with { Origin = call.Origin, Candidates = [] },
            _ => call.Invalid($"a key must be a string, not {key.TypeName}"),
        };
        return name is not null;
    }
}
