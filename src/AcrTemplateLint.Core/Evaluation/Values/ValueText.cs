using System.Globalization;

namespace AcrTemplateLint.Evaluation.Values;

/// <summary>Values as text, the way Azure Resource Manager turns them into strings.</summary>
public static class ValueText
{
    /// <summary>The text of a string value, or of a resource ID whose every part is known; null otherwise.</summary>
    public static string? TryGetString(Value value) => value switch
    {
        StringValue s => s.Value,
        ResourceIdValue id => id.TryFormat(),
        _ => null,
    };

    /// <summary>
    /// What string() gives: strings bare, bools as True/False (.NET's spelling), numbers invariant, objects and arrays
    /// as compact JSON. Null when the value holds something Unknown (or an ID whose scope is not known).
    /// </summary>
    public static string? ToArmString(Value value) => value switch
    {
        StringValue s => s.Value,
        ResourceIdValue id => id.TryFormat(),
        IntegerValue i => i.Value.ToString(CultureInfo.InvariantCulture),
        BooleanValue b => b.Value ? "True" : "False",
        FloatValue f => ValueFormatter.ToJson(f),
        NullValue => "",
        ArrayValue or ObjectValue when IsKnownText(value) => ValueFormatter.ToJson(value),
        _ => null,
    };

    /// <summary>True when the value can be written out as JSON: nothing Unknown, every resource ID fully known.</summary>
    public static bool IsKnownText(Value value) => value switch
    {
        UnknownValue => false,
        ResourceIdValue id => id.TryFormat() is not null,
        ArrayValue a => a.Items.All(IsKnownText),
        ObjectValue o => o.Entries.All(e => IsKnownText(e.Value)),
        _ => true,
    };
}
