using AcrTemplateLint.Evaluation.Values;

namespace AcrTemplateLint.Evaluation.Functions;

/// <summary>if, and, or, not, bool, true, false (ARM docs: "Logical functions"): short-circuiting and three-valued over Unknown.</summary>
internal static class LogicalFunctions
{
    public static void Register(FunctionLibrary.Builder functions)
    {
        functions.Lazy("if", If);
        functions.Lazy("and", call => Combine(call, stopAt: false));
        functions.Lazy("or", call => Combine(call, stopAt: true));
        functions.Strict("not", 1, 1, call => call[0] is BooleanValue b ? call.Boolean(!b.Value) : call.WrongType(0, "a bool"));
        functions.Strict("true", 0, 0, call => call.Boolean(true));
        functions.Strict("false", 0, 0, call => call.Boolean(false));
        functions.Strict("bool", 1, 1, Bool);
    }

    private static Value If(FunctionCall call)
    {
        if (call.Count != 3)
        {
            return call.Invalid($"expects 3 arguments but got {call.Count}");
        }

        switch (call[0])
        {
            case BooleanValue condition:
                return condition.Value ? call[1] : call[2];
            case UnknownValue unknown:
                // Both branches are possible: if they agree the result is known; otherwise keep both as candidates.
                // ARM evaluates only the branch it takes, so neither one's failure is an error of the template.
                var whenTrue = call.Evaluator.Speculate(() => call[1]);
                var whenFalse = call.Evaluator.Speculate(() => call[2]);
                if (whenTrue is UnknownValue || whenFalse is UnknownValue)
                {
                    return unknown with { Origin = call.Origin, Candidates = [] };
                }

                return ValueEquality.AreEqual(whenTrue, whenFalse, StringComparison.Ordinal)
                    ? whenTrue
                    : unknown with { Origin = call.Origin, Candidates = [whenTrue, whenFalse] };
            default:
                return call.WrongType(0, "a bool");
        }
    }

    // and() stops at the first false, or() at the first true; an Unknown decides nothing on its own, and makes what
    // follows it hypothetical (ARM would not evaluate it if the Unknown turned out to decide).
    private static Value Combine(FunctionCall call, bool stopAt)
    {
        if (call.Count < 2)
        {
            return call.Invalid($"expects at least 2 arguments but got {call.Count}");
        }

        UnknownValue? unknown = null;
        for (var i = 0; i < call.Count; i++)
        {
            var index = i;
            switch (unknown is null ? call[i] : call.Evaluator.Speculate(() => call[index]))
            {
                case BooleanValue b when b.Value == stopAt:
                    return call.Boolean(stopAt);
                case BooleanValue:
                    break;
                case UnknownValue u:
                    unknown ??= u;
                    break;
                default:
                    return call.WrongType(i, "a bool");
            }
        }

        return unknown is null ? call.Boolean(!stopAt) : unknown with { Origin = call.Origin, Candidates = [] };
    }

    private static Value Bool(FunctionCall call) => call[0] switch
    {
        BooleanValue b => call.Boolean(b.Value),
        IntegerValue i => call.Boolean(i.Value != 0),
        StringValue s when bool.TryParse(s.Value, out var b) => call.Boolean(b),
        _ => call.Invalid($"cannot convert {ValueFormatter.Display(call[0])} to a bool"),
    };
}
