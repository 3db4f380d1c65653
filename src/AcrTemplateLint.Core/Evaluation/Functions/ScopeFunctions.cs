using AcrTemplateLint.Evaluation.Values;

namespace AcrTemplateLint.Evaluation.Functions;

/// <summary>parameters(), variables(), copyIndex(): the functions that read the template's own scope.</summary>
internal static class ScopeFunctions
{
    public static void Register(FunctionLibrary.Builder functions)
    {
        functions.Strict("parameters", 1, 1, call => call[0] is StringValue name
            ? call.Context.Scope.GetParameter(name.Value, call.Origin)
            : call.Invalid("the parameter name must be a string"));

        functions.Strict("variables", 1, 1, call => call[0] is StringValue name
            ? call.Context.Scope.GetVariable(name.Value, call.Origin)
            : call.Invalid("the variable name must be a string"));

        functions.Strict("copyIndex", 0, 2, CopyIndex);
    }

    private static Value CopyIndex(FunctionCall call)
    {
        var loop = "";
        long offset = 0;
        for (var i = 0; i < call.Count; i++)
        {
            switch (call[i])
            {
                case StringValue name:
                    loop = name.Value;
                    break;
                case IntegerValue number:
                    offset = number.Value;
                    break;
                default:
                    return call.Invalid("expects a loop name and/or an integer offset");
            }
        }

        if (!call.Context.CopyIndexes.TryGetValue(loop, out var index))
        {
            return call.Invalid(loop.Length == 0 ? "is only valid inside a copy loop" : $"there is no copy loop named '{loop}' here");
        }

        return index is IntegerValue i0 ? call.Integer(i0.Value + offset) : index with { Origin = call.Origin };
    }
}
