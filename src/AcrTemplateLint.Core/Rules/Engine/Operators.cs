using AcrTemplateLint.Evaluation.Values;
using AcrTemplateLint.Rules.Model;

namespace AcrTemplateLint.Rules.Engine;

/// <summary>
/// The Azure Policy condition operators on known values. Strings compare ignoring case (InvariantCultureIgnoreCase
/// in Azure Policy), except match/notMatch. An absent value (null) makes equals/in/contains/like/match false and their
/// negations true, as in Azure Policy.
/// </summary>
public static class Operators
{
    private const StringComparison IgnoreCase = StringComparison.OrdinalIgnoreCase;

    public static bool Apply(ConditionOperator op, Value? actual, Value expected) => op switch
    {
        ConditionOperator.Equals => actual is not null && AreEqual(actual, expected),
        ConditionOperator.NotEquals => !(actual is not null && AreEqual(actual, expected)),
        ConditionOperator.In => actual is not null && expected is ArrayValue list && list.Items.Any(i => AreEqual(actual, i)),
        ConditionOperator.NotIn => !(actual is not null && expected is ArrayValue list && list.Items.Any(i => AreEqual(actual, i))),
        ConditionOperator.Exists => (actual is not null) == (expected is BooleanValue { Value: true }),
        ConditionOperator.Contains => Contains(actual, expected),
        ConditionOperator.NotContains => !Contains(actual, expected),
        ConditionOperator.ContainsKey => ContainsKey(actual, expected),
        ConditionOperator.NotContainsKey => !ContainsKey(actual, expected),
        ConditionOperator.Like => Like(actual, expected),
        ConditionOperator.NotLike => !Like(actual, expected),
        ConditionOperator.Match => Match(actual, expected, ignoreCase: false),
        ConditionOperator.NotMatch => !Match(actual, expected, ignoreCase: false),
        ConditionOperator.MatchInsensitively => Match(actual, expected, ignoreCase: true),
        ConditionOperator.NotMatchInsensitively => !Match(actual, expected, ignoreCase: true),
        ConditionOperator.Less => Compare(actual, expected) is < 0,
        ConditionOperator.LessOrEquals => Compare(actual, expected) is <= 0,
        ConditionOperator.Greater => Compare(actual, expected) is > 0,
        ConditionOperator.GreaterOrEquals => Compare(actual, expected) is >= 0,
        ConditionOperator.IsIpv4Range => actual is StringValue s && (Ipv4Range.TryParse(s.Value) is not null) == expected is BooleanValue { Value: true },
        ConditionOperator.IpPrefixLengthLess => Range(actual) is { } r && expected is IntegerValue n && r.PrefixLength < n.Value,
        ConditionOperator.IpOverlaps => Range(actual) is { } r && expected is ArrayValue ranges
            && ranges.Items.Any(i => i is StringValue t && Ipv4Range.TryParse(t.Value) is { } other && r.Overlaps(other)),
        _ => false,
    };

    public static bool AreEqual(Value actual, Value expected) => (actual, expected) switch
    {
        // Policy compares a bool field with "true" and a number with "5" as the same value.
        (BooleanValue b, StringValue s) => bool.TryParse(s.Value, out var parsed) && parsed == b.Value,
        (IntegerValue i, StringValue s) => long.TryParse(s.Value, out var parsed) && parsed == i.Value,
        (StringValue s, BooleanValue b) => bool.TryParse(s.Value, out var parsed) && parsed == b.Value,
        _ => ValueEquality.AreEqual(actual, expected, IgnoreCase),
    };

    private static bool Contains(Value? actual, Value expected) => actual switch
    {
        StringValue s when expected is StringValue e => s.Value.Contains(e.Value, IgnoreCase),
        ArrayValue a => a.Items.Any(i => AreEqual(i, expected)),
        _ => false,
    };

    private static bool ContainsKey(Value? actual, Value expected) =>
        actual is ObjectValue o && expected is StringValue key && o.GetEntry(key.Value) is not null;

    // like: '*' matches any run of characters; Azure Policy allows one, acrlint accepts several. The literal parts must
    // occur in order, the first at the start and the last at the end; taking each at its leftmost place is enough, so
    // this takes time linear in the value (a regex of several '.*' backtracked for minutes on a long one).
    private static bool Like(Value? actual, Value expected)
    {
        if (actual is not StringValue s || expected is not StringValue pattern)
        {
            return false;
        }

        var parts = pattern.Value.Split('*');
        var text = s.Value.AsSpan();
        if (parts.Length == 1)
        {
            return text.Equals(parts[0], IgnoreCase);
        }

        var start = parts[0].Length;
        var end = text.Length - parts[^1].Length;
        if (end < start || !text.StartsWith(parts[0], IgnoreCase) || !text[end..].Equals(parts[^1], IgnoreCase))
        {
            return false;
        }

        for (var i = 1; i < parts.Length - 1; i++)
        {
            var found = text[start..end].IndexOf(parts[i], IgnoreCase);
            if (found < 0)
            {
                return false;
            }

            start += found + parts[i].Length;
        }

        return true;
    }

    // match: '#' a digit, '?' a letter, '.' any character; everything else literally.
    private static bool Match(Value? actual, Value expected, bool ignoreCase)
    {
        if (actual is not StringValue s || expected is not StringValue pattern || s.Value.Length != pattern.Value.Length)
        {
            return false;
        }

        for (var i = 0; i < s.Value.Length; i++)
        {
            var c = s.Value[i];
            var ok = pattern.Value[i] switch
            {
                '#' => char.IsAsciiDigit(c),
                '?' => char.IsAsciiLetter(c),
                '.' => true,
                var p => ignoreCase ? char.ToUpperInvariant(p) == char.ToUpperInvariant(c) : p == c,
            };
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    private static Ipv4Range? Range(Value? value) => value is StringValue s ? Ipv4Range.TryParse(s.Value) : null;

    private static int? Compare(Value? actual, Value expected) => (actual, expected) switch
    {
        (IntegerValue a, IntegerValue e) => a.Value.CompareTo(e.Value),
        (IntegerValue a, StringValue e) when long.TryParse(e.Value, out var n) => a.Value.CompareTo(n),
        (StringValue a, StringValue e) => string.Compare(a.Value, e.Value, IgnoreCase),
        _ => null,
    };
}
