using System.Collections.Immutable;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Evaluation.Values;

/// <summary>
/// A value the templates do not determine. <see cref="Reason"/> names what it depends on ("parameter 'sku' has no
/// value"); <see cref="DependsOn"/> is where that thing is declared. <see cref="Candidates"/>, when not empty, is the
/// complete set of values it can take (an @allowed list, or both branches of an undecidable if()).
/// </summary>
public sealed record UnknownValue(string Reason, SourceLocation? DependsOn) : Value
{
    public ImmutableArray<Value> Candidates { get; init; } = [];

    public override string TypeName => "unknown";
}
