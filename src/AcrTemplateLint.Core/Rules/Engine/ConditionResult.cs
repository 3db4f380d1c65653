using AcrTemplateLint.Evaluation.Values;

namespace AcrTemplateLint.Rules.Engine;

/// <summary>
/// The truth of a condition and why: <see cref="Evidence"/> is the field value that decided it (its location is where
/// a finding points); <see cref="Unknown"/> is what an Unknown result depends on.
/// </summary>
public sealed record ConditionResult(Truth Truth, FieldValue? Evidence, UnknownValue? Unknown = null, string? UnknownField = null);
