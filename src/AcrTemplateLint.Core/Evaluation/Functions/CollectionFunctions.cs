using System.Collections.Immutable;
using AcrTemplateLint.Evaluation.Values;

namespace AcrTemplateLint.Evaluation.Functions;

/// <summary>Functions over strings, arrays and objects alike: concat, length, empty, contains, union, create*.</summary>
internal static class CollectionFunctions
{
    public static void Register(FunctionLibrary.Builder functions)
    {
        functions.Strict("concat", 0, int.MaxValue, Concat);
        functions.Strict("length", 1, 1, Length);
        functions.Strict("empty", 1, 1, call => call.Boolean(IsEmpty(call[0])));
        functions.Strict("contains", 2, 2, Contains);
        functions.Strict("union", 1, int.MaxValue, Union);
        functions.Strict("createArray", 0, int.MaxValue, call => new ArrayValue([.. call.All()]) { Origin = call.Origin });
        functions.Strict("createObject", 0, int.MaxValue, CreateObject);
    }

    public static bool IsEmpty(Value value) => value switch
    {
        NullValue => true,
        StringValue s => s.Value.Length == 0,
        ArrayValue a => a.Items.IsEmpty,
        ObjectValue o => o.Entries.IsEmpty,
        _ => false,
    };

    private static Value Concat(FunctionCall call)
    {
        var values = call.All().ToList();
        if (values.Count > 0 && values.All(v => v is ArrayValue or NullValue))
        {
            return new ArrayValue([.. values.OfType<ArrayValue>().SelectMany(a => a.Items)]) { Origin = call.Origin };
        }

        if (values.Any(v => v is ArrayValue or ObjectValue))
        {
            return call.Invalid("expects only arrays or only strings");
        }

        if (values.Any(v => v is ResourceIdValue))
        {
            return call.Unknown("the subscription and resource group of a resource ID, which are known only at deployment");
        }

        return call.String(string.Concat(values.Select(StringFunctions.ToText)));
    }

    private static Value Length(FunctionCall call) => call[0] switch
    {
        StringValue s => call.Integer(s.Value.Length),
        ArrayValue a => call.Integer(a.Items.Length),
        ObjectValue o => call.Integer(o.Entries.Length),
        _ => call.Invalid($"expects a string, array or object, not a {call[0].TypeName}"),
    };

    private static Value Contains(FunctionCall call) => (call[0], call[1]) switch
    {
        (StringValue s, var item) => call.Boolean(s.Value.Contains(StringFunctions.ToText(item), StringComparison.Ordinal)),
        (ArrayValue a, var item) when ValueEquality.ContainsUnknown(a) && !a.Items.Any(i => ValueEquality.AreEqual(i, item, StringComparison.Ordinal))
            => call.Unknown(ValueEquality.FirstUnknown(a)?.Reason ?? "unknown array items"),
        (ArrayValue a, var item) => call.Boolean(a.Items.Any(i => ValueEquality.AreEqual(i, item, StringComparison.Ordinal))),
        (ObjectValue o, StringValue key) => call.Boolean(o.GetEntry(key.Value) is not null),
        (NullValue, _) => call.Boolean(false),
        _ => call.Invalid($"cannot search a {call[0].TypeName} for a {call[1].TypeName}"),
    };

    private static Value Union(FunctionCall call)
    {
        var values = call.All().Where(v => v is not NullValue).ToList();
        if (values.All(v => v is ObjectValue))
        {
            var entries = new List<ObjectEntry>();
            foreach (var entry in values.Cast<ObjectValue>().SelectMany(o => o.Entries))
            {
                entries.RemoveAll(e => string.Equals(e.Key, entry.Key, StringComparison.OrdinalIgnoreCase));
                entries.Add(entry);
            }

            return new ObjectValue([.. entries]) { Origin = call.Origin };
        }

        if (values.All(v => v is ArrayValue))
        {
            var items = ImmutableArray.CreateBuilder<Value>();
            foreach (var item in values.Cast<ArrayValue>().SelectMany(a => a.Items))
            {
                if (!items.Any(i => ValueEquality.AreEqual(i, item, StringComparison.Ordinal)))
                {
                    items.Add(item);
                }
            }

            return new ArrayValue(items.ToImmutable()) { Origin = call.Origin };
        }

        return call.Invalid("expects only objects or only arrays");
    }

    private static Value CreateObject(FunctionCall call)
    {
        if (call.Count % 2 != 0)
        {
            return call.Invalid("expects key/value pairs");
        }

        var entries = ImmutableArray.CreateBuilder<ObjectEntry>(call.Count / 2);
        for (var i = 0; i < call.Count; i += 2)
        {
            if (call[i] is not StringValue key)
            {
                return call.Invalid($"argument {i + 1} must be a string key");
            }

            entries.Add(new ObjectEntry(key.Value, call[i + 1], call.ArgumentOrigin(i)));
        }

        return new ObjectValue(entries.ToImmutable()) { Origin = call.Origin };
    }
}
