using AcrTemplateLint.Evaluation.Values;

namespace AcrTemplateLint.Evaluation.Functions;

/// <summary>
/// coalesce, equals and the less/greater family (ARM docs: "Comparison functions"). equals() is case-sensitive and
/// deep; an Unknown part only matters when the known parts do not already decide.
/// </summary>
internal static class ComparisonFunctions
{
    public static void Register(FunctionLibrary.Builder functions)
    {
        functions.Lazy("coalesce", Coalesce);
        functions.Strict("equals", 2, 2, AreEqual);
        functions.Strict("less", 2, 2, call => Compare(call, c => c < 0));
        functions.Strict("lessOrEquals", 2, 2, call => Compare(call, c => c <= 0));
        functions.Strict("greater", 2, 2, call => Compare(call, c => c > 0));
        functions.Strict("greaterOrEquals", 2, 2, call => Compare(call, c => c >= 0));
    }

    private static Value AreEqual(FunctionCall call) =>
        ValueEquality.TryEqual(call[0], call[1], StringComparison.Ordinal) is { } equal ? call.Boolean(equal) : Undecided(call, call[0], call[1]);

    /// <summary>The Unknown inside either value, standing for the undecided result.</summary>
    public static Value Undecided(FunctionCall call, params ReadOnlySpan<Value> values)
    {
        foreach (var value in values)
        {
            if (ValueEquality.FirstUnknown(value) is { } unknown)
            {
                return unknown with { Origin = call.Origin, Candidates = [] };
            }
        }

        return call.PartlyKnownId();
    }

    private static Value Compare(FunctionCall call, Func<int, bool> test)
    {
        switch (call[0], call[1])
        {
            case (IntegerValue a, IntegerValue b):
                return call.Boolean(test(a.Value.CompareTo(b.Value)));
            case (IntegerValue or FloatValue, IntegerValue or FloatValue):
                return call.Boolean(test(Number(call[0]).CompareTo(Number(call[1]))));
            case (StringValue a, StringValue b):
                return CultureStringComparer.Compare(a.Value, b.Value) is { } order
                    ? call.Boolean(test(order))
                    : call.Unknown($"a culture-sensitive comparison of '{a.Value}' and '{b.Value}', which acrlint does not reproduce");
            default:
                return call.Invalid($"cannot compare {call[0].TypeName} with {call[1].TypeName}");
        }
    }

    private static double Number(Value value) => value is IntegerValue i ? i.Value : ((FloatValue)value).Value;

    // The first non-null argument; an Unknown before it leaves the result Unknown, one after it does not matter.
    private static Value Coalesce(FunctionCall call)
    {
        for (var i = 0; i < call.Count; i++)
        {
            switch (call[i])
            {
                case NullValue:
                    continue;
                case UnknownValue u:
                    return u with { Origin = call.Origin, Candidates = [] };
                default:
                    return call[i];
            }
        }

        return call.Null();
    }
}
