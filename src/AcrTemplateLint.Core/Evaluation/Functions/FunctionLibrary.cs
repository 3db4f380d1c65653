using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
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

    // Not frozen: freezing a dictionary with a case-insensitive comparer is generic code the JIT compiles on every run.
    private readonly Dictionary<string, TemplateFunction> functions;

    private FunctionLibrary(Dictionary<string, TemplateFunction> functions) => this.functions = functions;

    public static FunctionLibrary Default { get; } = Build();

    public IEnumerable<string> Names => functions.Keys;

    /// <summary>Finds a function by name; every list*() name (listKeys, listSecrets…) is the one list function.</summary>
    public bool TryGet(string name, [NotNullWhen(true)] out TemplateFunction? function) =>
        functions.TryGetValue(name, out function)
        || (name.StartsWith("list", StringComparison.OrdinalIgnoreCase) && functions.TryGetValue("list", out function));

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
        EncodingFunctions.Register(builder);
        HashFunctions.Register(builder);
        CollectionFunctions.Register(builder);
        ArrayFunctions.Register(builder);
        ObjectFunctions.Register(builder);
        NumericFunctions.Register(builder);
        LambdaFunctions.Register(builder);
        DateFunctions.Register(builder);
        CidrFunctions.Register(builder);
        DeploymentFunctions.Register(builder);
        ResourceFunctions.Register(builder);
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
            Functions[name] = call => ArityError(call, minArgs, maxArgs) ?? InvokeStrict(call, function);

        /// <summary>
        /// Registers a higher-order function: arity is checked, lambda arguments stay unevaluated, and an Unknown
        /// among the other arguments makes the result Unknown.
        /// </summary>
        public void Higher(string name, int minArgs, int maxArgs, TemplateFunction function) =>
            Functions[name] = call =>
            {
                if (ArityError(call, minArgs, maxArgs) is { } error)
                {
                    return error;
                }

                for (var i = 0; i < call.Count; i++)
                {
                    if (call.Lambda(i) is null && call[i] is UnknownValue unknown)
                    {
                        return unknown with { Origin = call.Origin, Candidates = [] };
                    }
                }

                return function(call);
            };

        private static Value? ArityError(FunctionCall call, int minArgs, int maxArgs)
        {
            if (call.Count >= minArgs && call.Count <= maxArgs)
            {
                return null;
            }

            var expected = minArgs == maxArgs ? $"{minArgs}" : maxArgs == int.MaxValue ? $"at least {minArgs}" : $"{minArgs} to {maxArgs}";
            return call.Invalid($"expects {expected} argument(s) but got {call.Count}");
        }
    }

    private static Value InvokeStrict(FunctionCall call, TemplateFunction function)
    {
        // Every argument is evaluated (and reports its own problems) before any candidate is tried.
        for (var i = 0; i < call.Count; i++)
        {
            _ = call[i];
        }

        for (var i = 0; i < call.Count; i++)
        {
            if (call[i] is not UnknownValue unknown)
            {
                continue;
            }

            return unknown.Candidates.IsDefaultOrEmpty || unknown.Candidates.Length > MaxCandidates
                ? unknown with { Origin = call.Origin }
                : ForEachCandidate(call, function, i, unknown);
        }

        return function(call);
    }

    // The function once per candidate of the Unknown argument at index. A candidate the function rejects is a
    // deployment that would fail, not a fault in the template as written. (Its own method: the lambdas would
    // otherwise cost InvokeStrict a closure on every call.)
    private static Value ForEachCandidate(FunctionCall call, TemplateFunction function, int index, UnknownValue unknown)
    {
        var results = unknown.Candidates
            .Select(candidate => call.Evaluator.Speculate(() => InvokeStrict(call.WithArgument(index, candidate), function)))
            .ToImmutableArray();
        return Collapse(results, unknown, call);
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
