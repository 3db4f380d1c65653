using System.Collections.Immutable;
using AcrTemplateLint.Evaluation.Values;

namespace AcrTemplateLint.Evaluation.Functions;

/// <summary>
/// The functions ARM documents for strings, arrays and objects alike: concat, length, empty, contains, first, last,
/// take, skip, indexOf, lastIndexOf, union, intersection.
/// </summary>
internal static class CollectionFunctions
{
    public static void Register(FunctionLibrary.Builder functions)
    {
        functions.Strict("concat", 0, int.MaxValue, Concat);
        functions.Strict("length", 1, 1, Length);
        functions.Strict("empty", 1, 1, Empty);
        functions.Strict("contains", 2, 2, Contains);
        functions.Strict("first", 1, 1, call => Edge(call, first: true));
        functions.Strict("last", 1, 1, call => Edge(call, first: false));
        functions.Strict("take", 2, 2, call => Slice(call, take: true));
        functions.Strict("skip", 2, 2, call => Slice(call, take: false));
        functions.Strict("indexOf", 2, 2, call => IndexOf(call, last: false));
        functions.Strict("lastIndexOf", 2, 2, call => IndexOf(call, last: true));
        functions.Strict("union", 1, int.MaxValue, Union);
        functions.Strict("intersection", 1, int.MaxValue, Intersection);
    }

    public static bool IsEmpty(Value value) => value switch
    {
        NullValue => true,
        StringValue s => s.Value.Length == 0,
        ArrayValue a => a.Items.IsEmpty,
        ObjectValue o => o.Entries.IsEmpty,
        _ => false,
    };

    // Arrays concatenate with arrays; strings (and the numbers and bools ARM turns into text) with strings.
    private static Value Concat(FunctionCall call)
    {
        var values = call.All().ToList();
        if (values.Count > 0 && values.All(v => v is ArrayValue or NullValue))
        {
            return call.Array(values.OfType<ArrayValue>().SelectMany(a => a.Items));
        }

        if (values.Any(v => v is ArrayValue or ObjectValue))
        {
            return call.Invalid("expects only arrays or only strings");
        }

        var parts = new List<string>(values.Count);
        foreach (var value in values)
        {
            if (ValueText.ToArmString(value) is not { } text)
            {
                return call.PartlyKnownId();
            }

            parts.Add(text);
        }

        var result = string.Concat(parts);
        return result.Length > EvaluationLimits.MaxStringLength ? call.LimitExceeded("the result is too long") : call.String(result);
    }

    private static Value Length(FunctionCall call) => call[0] switch
    {
        StringValue s => call.Integer(s.Value.Length),
        ArrayValue a => call.Integer(a.Items.Length),
        ObjectValue o => call.Integer(o.Entries.Length),
        ResourceIdValue id when id.TryFormat() is { } text => call.Integer(text.Length),
        ResourceIdValue => call.PartlyKnownId(),
        _ => call.WrongType(0, "a string, an array or an object"),
    };

    private static Value Empty(FunctionCall call) => call[0] switch
    {
        NullValue or StringValue or ArrayValue or ObjectValue => call.Boolean(IsEmpty(call[0])),
        ResourceIdValue => call.Boolean(false),
        _ => call.WrongType(0, "a string, an array or an object"),
    };

    // Strings: ordinal substring; objects: a key, ignoring case; arrays: an equal item (undecided through Unknowns).
    private static Value Contains(FunctionCall call)
    {
        switch (call[0])
        {
            case NullValue:
                return call.Boolean(false);
            case ObjectValue o:
                return ValueText.TryGetString(call[1]) is { } key ? call.Boolean(o.GetEntry(key) is not null)
                    : call[1] is ResourceIdValue ? call.PartlyKnownId()
                    : call.WrongType(1, "a string key");
            case ArrayValue a:
                return Includes(a.Items, call[1]) is { } found ? call.Boolean(found) : ComparisonFunctions.Undecided(call, a, call[1]);
        }

        if (!call.String(0, out var text, out var failure))
        {
            return failure;
        }

        if (call[1] is ArrayValue or ObjectValue or NullValue || ValueText.ToArmString(call[1]) is not { } item)
        {
            return call[1] is ResourceIdValue ? call.PartlyKnownId() : call.WrongType(1, "a string or an integer");
        }

        return call.Boolean(text.Contains(item, StringComparison.Ordinal));
    }

    private static Value Edge(FunctionCall call, bool first)
    {
        switch (call[0])
        {
            case ArrayValue a:
                return a.Items.IsEmpty ? call.Null() : first ? a.Items[0] : a.Items[^1];
            case NullValue:
                return call.Null();
        }

        if (!call.String(0, out var text, out var failure))
        {
            return failure;
        }

        return call.String(text.Length == 0 ? "" : first ? text[..1] : text[^1..]);
    }

    // take/skip: a count at or below zero takes nothing / skips nothing; a count past the end takes or skips all.
    private static Value Slice(FunctionCall call, bool take)
    {
        if (!call.Integer(1, out var count, out var failure))
        {
            return failure;
        }

        if (call[0] is ArrayValue array)
        {
            var n = (int)Math.Clamp(count, 0, array.Items.Length);
            return call.Array(take ? array.Items[..n] : array.Items[n..]);
        }

        if (call[0] is NullValue)
        {
            return call.Null();
        }

        if (!call.String(0, out var text, out failure))
        {
            return failure;
        }

        var length = (int)Math.Clamp(count, 0, text.Length);
        return call.String(take ? text[..length] : text[length..]);
    }

    private static Value IndexOf(FunctionCall call, bool last)
    {
        if (call[0] is ArrayValue array)
        {
            return Find(call, array, call[1], last);
        }

        if (!call.String(0, out var text, out var failure) || !call.String(1, out var value, out failure))
        {
            return failure;
        }

        return call.Integer(last ? text.LastIndexOf(value, StringComparison.OrdinalIgnoreCase) : text.IndexOf(value, StringComparison.OrdinalIgnoreCase));
    }

    // The index of the first (or last) equal item; an item that might be equal but is not known makes it Unknown.
    private static Value Find(FunctionCall call, ArrayValue array, Value item, bool last)
    {
        for (var n = 0; n < array.Items.Length; n++)
        {
            var i = last ? array.Items.Length - 1 - n : n;
            switch (ValueEquality.TryEqual(array.Items[i], item, StringComparison.Ordinal))
            {
                case true:
                    return call.Integer(i);
                case null:
                    return ComparisonFunctions.Undecided(call, array.Items[i], item);
            }
        }

        return call.Integer(-1);
    }

    // Arrays: each distinct item once, in first-seen order. Objects: later values win, and an object value merges
    // into an object value (ARM docs: "union ... recursively merging nested objects"; nested arrays are replaced).
    private static Value Union(FunctionCall call)
    {
        var values = call.All().Where(v => v is not NullValue).ToList();
        if (values.All(v => v is ObjectValue))
        {
            return values.Cast<ObjectValue>().Aggregate(ObjectValue.Empty, Merge) with { Origin = call.Origin };
        }

        if (!values.All(v => v is ArrayValue))
        {
            return call.Invalid("expects only objects or only arrays");
        }

        var items = new List<Value>();
        foreach (var item in values.Cast<ArrayValue>().SelectMany(a => a.Items))
        {
            switch (Distinct(items, item))
            {
                case true:
                    items.Add(item);
                    break;
                case null:
                    return ComparisonFunctions.Undecided(call, item);
            }
        }

        return call.Array(items);
    }

    private static ObjectValue Merge(ObjectValue into, ObjectValue from)
    {
        var entries = into.Entries.ToList();
        foreach (var entry in from.Entries)
        {
            var index = entries.FindIndex(e => string.Equals(e.Key, entry.Key, StringComparison.OrdinalIgnoreCase));
            if (index < 0)
            {
                entries.Add(entry);
            }
            else
            {
                var merged = entries[index].Value is ObjectValue a && entry.Value is ObjectValue b ? Merge(a, b) with { Origin = b.Origin } : entry.Value;
                entries[index] = entries[index] with { Value = merged };
            }
        }

        return new ObjectValue([.. entries]) { Origin = from.Origin };
    }

    // Arrays: the items of the first found in every other. Objects: the entries with an equal value in every other.
    private static Value Intersection(FunctionCall call)
    {
        var values = call.All().ToList();
        if (values.All(v => v is ObjectValue))
        {
            var objects = values.Cast<ObjectValue>().ToList();
            var entries = ImmutableArray.CreateBuilder<ObjectEntry>();
            foreach (var entry in objects[0].Entries)
            {
                var inAll = (bool?)true;
                foreach (var other in objects.Skip(1))
                {
                    var equal = other.GetEntry(entry.Key) is { } match ? ValueEquality.TryEqual(entry.Value, match.Value, StringComparison.Ordinal) : false;
                    inAll = equal == false || inAll == false ? false : equal is null || inAll is null ? null : true;
                }

                switch (inAll)
                {
                    case true:
                        entries.Add(entry);
                        break;
                    case null:
                        return ComparisonFunctions.Undecided(call, entry.Value);
                }
            }

            return call.Object(entries.ToImmutable());
        }

        if (!values.All(v => v is ArrayValue))
        {
            return call.Invalid("expects only objects or only arrays");
        }

        var arrays = values.Cast<ArrayValue>().ToList();
        var items = new List<Value>();
        foreach (var item in arrays[0].Items)
        {
            var inAll = arrays.Skip(1).Select(a => Includes(a.Items, item)).Aggregate((bool?)true, (x, y) => x == false || y == false ? false : x is null || y is null ? null : true);
            if (inAll is null || Distinct(items, item) is null)
            {
                return ComparisonFunctions.Undecided(call, item);
            }

            if (inAll == true && Distinct(items, item) == true)
            {
                items.Add(item);
            }
        }

        return call.Array(items);
    }

    /// <summary>Whether an equal item is present: true if one certainly is, false if none can be, else undecided.</summary>
    private static bool? Includes(IEnumerable<Value> items, Value item)
    {
        var result = (bool?)false;
        foreach (var candidate in items)
        {
            switch (ValueEquality.TryEqual(candidate, item, StringComparison.Ordinal))
            {
                case true:
                    return true;
                case null:
                    result = null;
                    break;
            }
        }

        return result;
    }

    private static bool? Distinct(List<Value> items, Value item) => Includes(items, item) switch
    {
        true => false,
        false => true,
        null => null,
    };
}
