using AcrTemplateLint.Evaluation.Functions;
using AcrTemplateLint.Evaluation.Values;

namespace AcrTemplateLint.Rules.Engine;

/// <summary>
/// The functions rule conditions have beyond the template library: Azure Policy's field('alias') (a field of the
/// resource being checked) and current('alias[*]') (the element a count…where is looking at).
/// </summary>
internal static class RuleFunctions
{
    public static FunctionLibrary Library { get; } = FunctionLibrary.Default.With(functions =>
    {
        functions.Strict("field", 1, 1, call => Read(call, current: false));
        functions.Strict("current", 1, 1, call => Read(call, current: true));
    });

    private static Value Read(FunctionCall call, bool current)
    {
        if (call[0] is not StringValue field)
        {
            return call.Invalid("expects a field alias");
        }

        if (call.Context.Scope is not ResourceScope scope)
        {
            return call.Invalid("reads the resource a rule checks, so it is only available in rule conditions");
        }

        return scope.Read(field.Value, current, call.Origin)
            ?? call.Invalid($"'{field.Value}' is not the array a surrounding count…where iterates");
    }
}
