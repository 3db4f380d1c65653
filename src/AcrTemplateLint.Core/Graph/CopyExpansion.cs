using AcrTemplateLint.Evaluation;
using AcrTemplateLint.Evaluation.Values;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Graph;

/// <summary>
/// The instances of a loop (an ARM copy, a Bicep for) from its evaluated count: one per index when the count is a
/// known integer within ARM's limit; otherwise a single symbolic instance whose index is Unknown and says why, so
/// what the loop deploys is still checked once.
/// </summary>
public static class CopyExpansion
{
    public static IEnumerable<CopyInstance> Expand(string loopName, Value count, SourceLocation location, Evaluator evaluator)
    {
        if (count is IntegerValue { Value: >= 0 and <= EvaluationLimits.MaxCopyCount } known)
        {
            for (var i = 0; i < known.Value; i++)
            {
                yield return new CopyInstance(loopName, new IntegerValue(i) { Origin = location }, count);
            }

            yield break;
        }

        string reason;
        switch (count)
        {
            case UnknownValue u:
                reason = $"whose count depends on {u.Reason}";
                break;
            case IntegerValue n:
                evaluator.Diagnostics.Add(EvaluationDiagnostics.LimitExceeded(count.Origin ?? location, $"copy loop '{loopName}' has {n.Value} instances, outside 0..{EvaluationLimits.MaxCopyCount}"));
                reason = $"whose count {n.Value} is outside 0..{EvaluationLimits.MaxCopyCount}";
                break;
            default:
                evaluator.Diagnostics.Add(EvaluationDiagnostics.InvalidArgument(count.Origin ?? location, "copy", $"the count of copy loop '{loopName}' must be an integer, not {count.TypeName}"));
                reason = "whose count is not an integer";
                break;
        }

        var symbolic = new UnknownValue($"the index of copy loop '{loopName}', {reason}", count.Origin) { Origin = location };
        yield return new CopyInstance(loopName, symbolic, count);
    }
}
