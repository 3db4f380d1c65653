using System.Globalization;
using AcrTemplateLint.Evaluation.Values;

namespace AcrTemplateLint.Evaluation.Functions;

/// <summary>add, sub, mul, div, mod, int, float, min, max (ARM docs: "Numeric functions"): 64-bit integer arithmetic.</summary>
internal static class NumericFunctions
{
    public static void Register(FunctionLibrary.Builder functions)
    {
        functions.Strict("add", 2, 2, call => Arithmetic(call, (a, b) => checked(a + b)));
        functions.Strict("sub", 2, 2, call => Arithmetic(call, (a, b) => checked(a - b)));
        functions.Strict("mul", 2, 2, call => Arithmetic(call, (a, b) => checked(a * b)));
        functions.Strict("div", 2, 2, call => Arithmetic(call, (a, b) => a / b));
        functions.Strict("mod", 2, 2, call => Arithmetic(call, (a, b) => a % b));
        functions.Strict("int", 1, 1, Int);
        functions.Strict("float", 1, 1, Float);
        functions.Strict("min", 1, int.MaxValue, call => Extreme(call, Math.Min));
        functions.Strict("max", 1, int.MaxValue, call => Extreme(call, Math.Max));
    }

    private static Value Arithmetic(FunctionCall call, Func<long, long, long> operation)
    {
        if (!call.Integer(0, out var a, out var failure) || !call.Integer(1, out var b, out failure))
        {
            return failure;
        }

        try
        {
            return call.Integer(operation(a, b));
        }
        catch (DivideByZeroException)
        {
            return call.Invalid("division by zero");
        }
        catch (OverflowException)
        {
            return call.Invalid("the result does not fit in a 64-bit integer");
        }
    }

    private static Value Int(FunctionCall call) => call[0] switch
    {
        IntegerValue => call[0],
        StringValue s when long.TryParse(s.Value.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) => call.Integer(n),
        // How ARM rounds a fraction is not documented; acrlint does not guess.
        FloatValue => call.Unknown("int() of a number with a fraction, whose rounding acrlint does not reproduce"),
        _ => call.Invalid($"cannot convert {ValueFormatter.Display(call[0])} to an integer"),
    };

    private static Value Float(FunctionCall call) => call[0] switch
    {
        FloatValue => call[0],
        IntegerValue i => new FloatValue(i.Value) { Origin = call.Origin },
        StringValue s when double.TryParse(s.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => new FloatValue(d) { Origin = call.Origin },
        _ => call.Invalid($"cannot convert {ValueFormatter.Display(call[0])} to a number"),
    };

    // min(1, 2, 3) or min([1, 2, 3]).
    private static Value Extreme(FunctionCall call, Func<long, long, long> pick)
    {
        var items = call.Count == 1 && call[0] is ArrayValue array ? array.Items : [.. call.All()];
        if (items.IsEmpty)
        {
            return call.Invalid("expects at least one integer");
        }

        long? result = null;
        foreach (var item in items)
        {
            switch (item)
            {
                case IntegerValue n:
                    result = result is { } r ? pick(r, n.Value) : n.Value;
                    break;
                case UnknownValue unknown:
                    return unknown with { Origin = call.Origin, Candidates = [] };
                default:
                    return call.Invalid($"expects integers, not {item.TypeName}");
            }
        }

        return call.Integer(result ?? 0);
    }
}
