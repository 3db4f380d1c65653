using AcrTemplateLint.Evaluation.Values;

namespace AcrTemplateLint.Evaluation.Functions;

/// <summary>array, createArray, flatten, range, tryIndexFromEnd (ARM docs: "Array functions").</summary>
internal static class ArrayFunctions
{
    public static void Register(FunctionLibrary.Builder functions)
    {
        functions.Strict("array", 1, 1, call => call[0] is ArrayValue ? call[0] : call.Array([call[0]]));
        functions.Strict("createArray", 0, int.MaxValue, call => call.Array(call.All()));
        functions.Strict("flatten", 1, 1, Flatten);
        functions.Strict("range", 2, 2, Range);
        functions.Strict("tryIndexFromEnd", 2, 2, TryIndexFromEnd);
        functions.Strict("indexFromEnd", 2, 2, IndexFromEnd);
    }

    private static Value Flatten(FunctionCall call)
    {
        if (!call.Array(0, out var array, out var failure))
        {
            return failure;
        }

        var items = new List<Value>();
        foreach (var item in array.Items)
        {
            switch (item)
            {
                case ArrayValue inner:
                    items.AddRange(inner.Items);
                    break;
                case UnknownValue unknown:
                    return unknown with { Origin = call.Origin, Candidates = [] };
                default:
                    return call.Invalid($"every item must be an array, not {item.TypeName}");
            }
        }

        return call.Array(items);
    }

    // range(startIndex, count): ARM allows at most 10,000 items and no integer past 2147483647.
    private static Value Range(FunctionCall call)
    {
        if (!call.Integer(0, out var start, out var failure) || !call.Integer(1, out var count, out failure))
        {
            return failure;
        }

        if (count < 0)
        {
            return call.Invalid($"the count {count} must not be negative");
        }

        if (count > EvaluationLimits.MaxRangeCount || start > int.MaxValue - count || start < int.MinValue)
        {
            return call.LimitExceeded($"range({start}, {count}) is beyond {EvaluationLimits.MaxRangeCount} items or the 32-bit integer range");
        }

        return call.Array(Enumerable.Range(0, (int)count).Select(i => new IntegerValue(start + i) { Origin = call.Origin }));
    }

    // tryIndexFromEnd(array, n): the n-th item from the end (1 is the last), or null when there is none.
    private static Value TryIndexFromEnd(FunctionCall call)
    {
        if (!call.Array(0, out var array, out var failure) || !call.Integer(1, out var index, out failure))
        {
            return failure;
        }

        return index >= 1 && index <= array.Items.Length ? array.Items[^(int)index] : call.Null();
    }

    // indexFromEnd(array, n): Bicep's array[^n]; the deployment fails when n is outside 1..length.
    private static Value IndexFromEnd(FunctionCall call)
    {
        if (!call.Array(0, out var array, out var failure) || !call.Integer(1, out var index, out failure))
        {
            return failure;
        }

        return index >= 1 && index <= array.Items.Length
            ? array.Items[^(int)index]
            : call.Invalid($"index {index} from the end is outside the array of {array.Items.Length} items");
    }
}
