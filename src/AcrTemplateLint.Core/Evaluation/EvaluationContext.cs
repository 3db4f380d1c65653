using System.Collections.Immutable;
using AcrTemplateLint.Evaluation.Values;

namespace AcrTemplateLint.Evaluation;

/// <summary>
/// The dynamic part of evaluation: the template scope plus the locals that lambdas and loops introduce and the
/// current index of each copy loop (keyed by loop name; "" is the innermost, for copyIndex() without a name).
/// </summary>
public sealed record EvaluationContext(ITemplateScope Scope)
{
    // One shared empty map: creating one with a comparer allocates it anew.
    private static readonly ImmutableDictionary<string, Value> None = ImmutableDictionary.Create<string, Value>(StringComparer.OrdinalIgnoreCase);

    public ImmutableDictionary<string, Value> Locals { get; init; } = None;

    public ImmutableDictionary<string, Value> CopyIndexes { get; init; } = None;

    public EvaluationContext WithLocal(string name, Value value) => this with { Locals = Locals.SetItem(name, value) };

    /// <summary>
    /// Enters an instance of a copy loop. copyIndex() without a name means the resource (or output) loop: property
    /// and variable iteration must be named (ARM docs), so they pass <paramref name="unnamed"/> false.
    /// </summary>
    public EvaluationContext WithCopyIndex(string loopName, Value index, bool unnamed = true) =>
        this with { CopyIndexes = unnamed ? CopyIndexes.SetItem(loopName, index).SetItem("", index) : CopyIndexes.SetItem(loopName, index) };
}
