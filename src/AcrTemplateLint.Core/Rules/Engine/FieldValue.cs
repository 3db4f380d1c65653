using System.Collections.Immutable;
using AcrTemplateLint.Evaluation.Values;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Rules.Engine;

/// <summary>
/// What a field path (or a value operand, or a count) found on a resource; <see cref="Field"/> is how messages name it. <see cref="Value"/> is null when the property is absent and the rule
/// declares no default; <see cref="IsDefault"/> says the value is the provider's default, not the template's.
/// <see cref="Location"/> is the value's span when present, else the nearest enclosing key that exists.
/// <see cref="BelowUnknown"/> means an enclosing object is Unknown, so even whether the field exists is unknown.
/// <see cref="FromRule"/> means the value was computed inside the rule (a policy's toLower(field(…))): it decides,
/// but the template does not write it, so a finding prefers other evidence and otherwise points at the resource.
/// </summary>
public sealed record FieldValue(string Field, Value? Value, bool IsDefault, SourceLocation Location, ImmutableArray<Hop> Trace)
{
    public bool BelowUnknown { get; init; }

    public bool FromRule { get; init; }

    /// <summary>The template writes this value (it is not a provider default, nor computed by the rule).</summary>
    public bool IsPresent => Value is not null && !IsDefault && !FromRule;
}
