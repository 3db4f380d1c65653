using AcrTemplateLint.Evaluation.Values;

namespace AcrTemplateLint.Evaluation;

/// <summary>
/// The dynamic part of evaluation: the template scope plus the locals that lambdas and loops introduce and the
/// current index of each copy loop (keyed by loop name; "" is the innermost, for copyIndex() without a name).
/// </summary>
public sealed record EvaluationContext(ITemplateScope Scope)
{
    public Bindings Locals { get; init; } = Bindings.None;

    public Bindings CopyIndexes { get; init; } = Bindings.None;

    public EvaluationContext WithLocal(string name, Value value) => this with { Locals = Locals.With(name, value) };

    /// <summary>
    /// Enters an instance of a copy loop. copyIndex() without a name means the resource (or output) loop: property
    /// and variable iteration must be named (ARM docs), so they pass <paramref name="unnamed"/> false.
    /// </summary>
    public EvaluationContext WithCopyIndex(string loopName, Value index, bool unnamed = true) =>
        this with { CopyIndexes = unnamed ? CopyIndexes.With(loopName, index).With("", index) : CopyIndexes.With(loopName, index) };
}
