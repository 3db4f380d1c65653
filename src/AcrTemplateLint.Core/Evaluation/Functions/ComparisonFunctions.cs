using AcrTemplateLint.Evaluation.Values;

namespace AcrTemplateLint.Evaluation.Functions;

/// <summary>equals and the less/greater family. ARM compares strings ordinally (case-sensitively).</summary>
internal static class ComparisonFunctions
{
    public static void Register(FunctionLibrary.Builder functions)
    {
        functions.Strict("equals", 2, 2, call => call.Boolean(ValueEquality.AreEqual(call[0], call[1], StringComparison.Ordinal)));
        functions.Strict("less", 2, 2, call => Compare(call, c => c < 0));
        functions.Strict("lessOrEquals", 2, 2, call => Compare(call, c => c <= 0));
        functions.Strict("greater", 2, 2, call => Compare(call, c => c > 0));
        functions.Strict("greaterOrEquals", 2, 2, call => Compare(call, c => c >= 0));
    }

    private static Value Compare(FunctionCall call, Func<int, bool> test) => (call[0], call[1]) switch
    {
        (IntegerValue a, IntegerValue b) => call.Boolean(test(a.Value.CompareTo(b.Value))),
        (StringValue a, StringValue b) => call.Boolean(test(string.CompareOrdinal(a.Value, b.Value))),
        _ => call.Invalid($"cannot compare a {call[0].TypeName} with a {call[1].TypeName}"),
    };
}
