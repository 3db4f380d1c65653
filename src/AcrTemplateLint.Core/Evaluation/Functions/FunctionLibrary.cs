using System.Collections.Frozen;
using System.Collections.Immutable;
using AcrTemplateLint.Evaluation.Values;

namespace AcrTemplateLint.Evaluation.Functions;

public delegate Value TemplateFunction(FunctionCall call);

/// <summary>
/// The template functions, by case-insensitive name. Most are strict: an Unknown argument makes the result
/// Unknown, except that an Unknown with a known set of candidates is mapped through the function candidate by
/// candidate, so toLower() of an @allowed parameter still has a known set of results.
/// </summary>
public sealed class FunctionLibrary
{
    private const int MaxCandidates = 16;

    private readonly FrozenDictionary<string, TemplateFunction> functions;

    private FunctionLibrary(Dictionary<string, TemplateFunction> functions) =>
        this.functions = functions.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static FunctionLibrary Default { get; } = Build();

    public IEnumerable<string> Names => functions.Keys;

    public bool TryGet(string name, out TemplateFunction function) => functions.TryGetValue(name, out function!);

    /// <summary>This library plus more functions: rules add Azure Policy's field() and current().</summary>
    public FunctionLibrary With(Action<Builder> register)
    {
        var builder = new Builder();
        foreach (var (name, function) in functions)
        {
            builder.Functions[name] = function;
        }

        register(builder);
        return new FunctionLibrary(builder.Functions);
    }

    private static FunctionLibrary Build()
    {
        var builder = new Builder();
        ScopeFunctions.Register(builder);
        LogicalFunctions.Register(builder);
        ComparisonFunctions.Register(builder);
        StringFunctions.Register(builder);
        CollectionFunctions.Register(builder);
        DeploymentFunctions.Register(builder);
        return new FunctionLibrary(builder.Functions);
    }

    /// <summary>Registration helpers shared by the function category files.</summary>
    public sealed class Builder
    {
        internal Dictionary<string, TemplateFunction> Functions { get; } = new(StringComparer.OrdinalIgnoreCase);

        /// <summary>Registers a function that handles Unknown arguments itself.</summary>
        public void Lazy(string name, TemplateFunction function) => Functions[name] = function;

        /// <summary>Registers a function whose arguments must all be known; arity is checked first.</summary>
        public void Strict(string name, int minArgs, int maxArgs, TemplateFunction function) =>
            Functions[name] = call =>
            {
                if (call.Count < minArgs || call.Count > maxArgs)
                {
                    var expected = minArgs == maxArgs ? $"{minArgs}" : maxArgs == int.MaxValue ? $"at least {minArgs}" : $"{minArgs} to {maxArgs}";
                    return call.Invalid($"expects {expected} argument(s) but got {call.Count}");
                }

                return InvokeStrict(call, function);
            };
    }

    private static Value InvokeStrict(FunctionCall call, TemplateFunction function)
    {
        for (var i = 0; i < call.Count; i++)
        {
            if (call[i] is not UnknownValue unknown)
            {
                continue;
            }

            if (unknown.Candidates.IsDefaultOrEmpty || unknown.Candidates.Length > MaxCandidates)
            {
                return unknown with { Origin = call.Origin };
            }

            var results = unknown.Candidates.Select(candidate => InvokeStrict(call.WithArgument(i, candidate), function)).ToImmutableArray();
            return Collapse(results, unknown, call);
        }

        return function(call);
    }

    /// <summary>One known result if every candidate gave the same; else an Unknown that keeps the possible results.</summary>
    internal static Value Collapse(ImmutableArray<Value> results, UnknownValue source, FunctionCall call)
    {
        if (results.Any(r => r is UnknownValue))
        {
            return source with { Origin = call.Origin, Candidates = [] };
        }

        if (results.All(r => ValueEquality.AreEqual(r, results[0], StringComparison.Ordinal)))
        {
            return results[0] with { Origin = call.Origin };
        }

        return source with { Origin = call.Origin, Candidates = results };
    }
}
