namespace AcrTemplateLint.Evaluation.Values;

/// <summary>
/// Structural equality of known values. ARM's equals() compares strings ordinally; rules compare them ignoring
/// case, as Azure Policy does. Unknown values are never equal to anything: callers decide what an Unknown means.
/// </summary>
public static class ValueEquality
{
    public static bool AreEqual(Value a, Value b, StringComparison comparison)
    {
        switch (a, b)
        {
            case (StringValue x, StringValue y):
                return string.Equals(x.Value, y.Value, comparison);
            case (IntegerValue x, IntegerValue y):
                return x.Value == y.Value;
            case (FloatValue x, FloatValue y):
                return x.Value.Equals(y.Value);
            case (IntegerValue x, FloatValue y):
                return x.Value == y.Value;
            case (FloatValue x, IntegerValue y):
                return x.Value == y.Value;
            case (BooleanValue x, BooleanValue y):
                return x.Value == y.Value;
            case (NullValue, NullValue):
                return true;
            case (ArrayValue x, ArrayValue y):
                if (x.Items.Length != y.Items.Length)
                {
                    return false;
                }

                for (var i = 0; i < x.Items.Length; i++)
                {
                    if (!AreEqual(x.Items[i], y.Items[i], comparison))
                    {
                        return false;
                    }
                }

                return true;
            case (ObjectValue x, ObjectValue y):
                if (x.Entries.Length != y.Entries.Length)
                {
                    return false;
                }

                foreach (var entry in x.Entries)
                {
                    if (y[entry.Key] is not { } other || !AreEqual(entry.Value, other, comparison))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return false;
        }
    }

    /// <summary>True when the value, or something inside it, is Unknown.</summary>
    public static bool ContainsUnknown(Value value) => value switch
    {
        UnknownValue => true,
        ArrayValue a => a.Items.Any(ContainsUnknown),
        ObjectValue o => o.Entries.Any(e => ContainsUnknown(e.Value)),
        _ => false,
    };

    /// <summary>The first Unknown inside a value, depth first.</summary>
    public static UnknownValue? FirstUnknown(Value value) => value switch
    {
        UnknownValue u => u,
        ArrayValue a => a.Items.Select(FirstUnknown).FirstOrDefault(u => u is not null),
        ObjectValue o => o.Entries.Select(e => FirstUnknown(e.Value)).FirstOrDefault(u => u is not null),
        _ => null,
    };
}
