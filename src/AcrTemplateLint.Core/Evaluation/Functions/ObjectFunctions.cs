using AcrTemplateLint.Evaluation.Values;

namespace AcrTemplateLint.Evaluation.Functions;

/// <summary>createObject, json, null, items, objectKeys, shallowMerge, tryGet (ARM docs: "Object functions").</summary>
internal static class ObjectFunctions
{
    public static void Register(FunctionLibrary.Builder functions)
    {
        functions.Strict("createObject", 0, int.MaxValue, CreateObject);
        functions.Strict("json", 1, 1, call => call.String(0, out var text, out var failure) ? ParseJson(call, text) : failure);
        functions.Strict("null", 0, 0, call => call.Null());
        functions.Strict("items", 1, 1, Items);
        functions.Strict("objectKeys", 1, 1, call => call.Object(0, out var obj, out var failure)
            ? call.Array(obj.Entries.Select(e => new StringValue(e.Key) { Origin = call.Origin }))
            : failure);
        functions.Strict("shallowMerge", 1, 1, ShallowMerge);
        functions.Strict("tryGet", 2, int.MaxValue, TryGet);
    }

    /// <summary>Sets a key as ARM's objects do: a key that exists (ignoring case) keeps its place and takes the new value.</summary>
    public static void Set(List<ObjectEntry> entries, ObjectEntry entry)
    {
        var index = entries.FindIndex(e => string.Equals(e.Key, entry.Key, StringComparison.OrdinalIgnoreCase));
        if (index < 0)
        {
            entries.Add(entry);
        }
        else
        {
            entries[index] = entry;
        }
    }

    public static Value ParseJson(FunctionCall call, string text) =>
        JsonValueReader.Read(text, call.Origin, out var error) ?? call.Invalid($"the text is not valid JSON ({error})");

    private static Value CreateObject(FunctionCall call)
    {
        if (call.Count % 2 != 0)
        {
            return call.Invalid("expects key/value pairs");
        }

        var entries = new List<ObjectEntry>(call.Count / 2);
        for (var i = 0; i < call.Count; i += 2)
        {
            if (!call.String(i, out var key, out var failure))
            {
                return failure;
            }

            Set(entries, new ObjectEntry(key, call[i + 1], call.ArgumentOrigin(i)));
        }

        return call.Object([.. entries]);
    }

    // items(object): [{ key, value }] in key order (ARM docs); keys are ordered as ARM's culture-aware comparison would.
    private static Value Items(FunctionCall call)
    {
        if (!call.Object(0, out var obj, out var failure))
        {
            return failure;
        }

        var sorted = obj.Entries.ToList();
        var undecided = false;
        sorted.Sort((a, b) =>
        {
            var order = CultureStringComparer.Compare(a.Key, b.Key);
            undecided |= order is null;
            return order ?? string.CompareOrdinal(a.Key, b.Key);
        });
        if (undecided)
        {
            return call.Unknown("the order of items(), whose keys acrlint cannot sort as Azure Resource Manager does");
        }

        return call.Array(sorted.Select(e => new ObjectValue(
        [
            new ObjectEntry("key", new StringValue(e.Key) { Origin = e.KeyOrigin ?? call.Origin }, null),
            new ObjectEntry("value", e.Value, null),
        ]) { Origin = call.Origin }));
    }

    // shallowMerge([a, b, ...]): top-level properties, later objects winning.
    private static Value ShallowMerge(FunctionCall call)
    {
        if (!call.Array(0, out var array, out var failure))
        {
            return failure;
        }

        var entries = new List<ObjectEntry>();
        foreach (var item in array.Items)
        {
            switch (item)
            {
                case ObjectValue obj:
                    foreach (var entry in obj.Entries)
                    {
                        Set(entries, entry);
                    }

                    break;
                case UnknownValue unknown:
                    return unknown with { Origin = call.Origin, Candidates = [] };
                default:
                    return call.Invalid($"every item must be an object, not {item.TypeName}");
            }
        }

        return call.Object([.. entries]);
    }

    // tryGet(value, key or index, ...): null instead of an error wherever a step is missing.
    private static Value TryGet(FunctionCall call)
    {
        var current = call[0];
        for (var i = 1; i < call.Count; i++)
        {
            switch (current, call[i])
            {
                case (UnknownValue unknown, _):
                    return unknown with { Origin = call.Origin, Candidates = [] };
                case (_, UnknownValue unknown):
                    return unknown with { Origin = call.Origin, Candidates = [] };
                case (ObjectValue obj, StringValue or ResourceIdValue) when ValueText.TryGetString(call[i]) is { } key:
                    current = obj[key] ?? call.Null();
                    break;
                case (ObjectValue, ResourceIdValue):
                    return call.PartlyKnownId();
                case (ArrayValue array, IntegerValue index):
                    current = index.Value >= 0 && index.Value < array.Items.Length ? array.Items[(int)index.Value] : call.Null();
                    break;
                case (NullValue, _):
                    return call.Null();
                default:
                    return call.Invalid($"cannot look up {call[i].TypeName} in {current.TypeName}");
            }
        }

        return current;
    }
}
