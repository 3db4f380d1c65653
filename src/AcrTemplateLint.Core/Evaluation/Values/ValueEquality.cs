namespace AcrTemplateLint.Evaluation.Values;

/// <summary>
/// Structural equality of values. ARM's equals() compares strings ordinally; rules compare them ignoring case, as
/// Azure Policy does. <see cref="AreEqual"/> treats Unknown as never equal (callers decide what an Unknown means);
/// <see cref="TryEqual"/> says "undecided" (null) instead, and decides through an Unknown's candidates when it can.
/// </summary>
public static class ValueEquality
{
    public static bool AreEqual(Value a, Value b, StringComparison comparison) => TryEqual(a, b, comparison) == true;

    /// <summary>True or false when the known parts decide; null when an Unknown part could go either way.</summary>
    public static bool? TryEqual(Value a, Value b, StringComparison comparison)
    {
        switch (a, b)
        {
            case (UnknownValue x, _):
                return Through(x, b, comparison, swap: false);
            case (_, UnknownValue y):
                return Through(y, a, comparison, swap: true);
            case (StringValue x, StringValue y):
                return string.Equals(x.Value, y.Value, comparison);
            case (ResourceIdValue x, ResourceIdValue y):
                return ResourceIds(x, y, comparison);
            case (ResourceIdValue x, StringValue y):
                return x.TryFormat() is { } text ? string.Equals(text, y.Value, comparison) : null;
            case (StringValue x, ResourceIdValue y):
                return y.TryFormat() is { } formatted ? string.Equals(x.Value, formatted, comparison) : null;
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
                return x.Items.Length != y.Items.Length ? false : All(x.Items.Length, i => TryEqual(x.Items[i], y.Items[i], comparison));
            case (ObjectValue x, ObjectValue y):
                if (x.Entries.Length != y.Entries.Length)
                {
                    return false;
                }

                return All(x.Entries.Length, i => y.GetEntry(x.Entries[i].Key) is { } other ? TryEqual(x.Entries[i].Value, other.Value, comparison) : false);
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

    // An Unknown with a complete set of candidates is decided when every candidate gives the same answer.
    private static bool? Through(UnknownValue unknown, Value other, StringComparison comparison, bool swap)
    {
        if (unknown.Candidates.IsDefaultOrEmpty)
        {
            return null;
        }

        // Known when every candidate gives the same answer.
        bool? answer = null;
        for (var i = 0; i < unknown.Candidates.Length; i++)
        {
            var candidate = unknown.Candidates[i];
            var next = swap ? TryEqual(other, candidate, comparison) : TryEqual(candidate, other, comparison);
            if (i > 0 && next != answer)
            {
                return null;
            }

            answer = next;
        }

        return answer;
    }

    private static bool? ResourceIds(ResourceIdValue x, ResourceIdValue y, StringComparison comparison)
    {
        if (x.TryFormat() is { } left && y.TryFormat() is { } right)
        {
            return string.Equals(left, right, comparison);
        }

        return x.RefersToSameResource(y) == false ? false : null;
    }

    // False as soon as one part differs; otherwise undecided if any part is, else true.
    private static bool? All(int count, Func<int, bool?> equal)
    {
        var result = (bool?)true;
        for (var i = 0; i < count; i++)
        {
            switch (equal(i))
            {
                case false:
                    return false;
                case null:
                    result = null;
                    break;
            }
        }

        return result;
    }
}
