using System.Collections.Immutable;

namespace AcrTemplateLint.Evaluation.Values;

public sealed record ArrayValue(ImmutableArray<Value> Items) : Value
{
    public override string TypeName => "array";
}
