using System.Collections.Immutable;
using AcrTemplateLint.Evaluation.Values;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Rules.Engine;

/// <summary>
/// What a field path (or a value operand, or a count) found on a resource; <see cref="Field"/> is how messages name it. <see cref="Value"/> is null when the property is absent and the rule
/// declares no default; <see cref="IsDefault"/> says the value is the provider's default, not the template's.
/// <see cref="Location"/> is the value's span when present, else the nearest enclosing key that exists.
/// <see cref="BelowUnknown"/> means an enclosing object is Unknown, so even whether the field exists is unknown.
/// </summary>
public sealed record FieldValue(string Field, Value? Value, bool IsDefault, SourceLocation Location, ImmutableArray<Hop> Trace)
{
    public bool BelowUnknown { get; init; }

    public bool IsPresent => Value is not null && !IsDefault;
}
