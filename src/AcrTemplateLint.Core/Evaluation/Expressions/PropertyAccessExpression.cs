using AcrTemplateLint.Text;

namespace AcrTemplateLint.Evaluation.Expressions;

/// <summary>target.name; <see cref="IsSafe"/> is Bicep's .? (null instead of an error when absent).</summary>
public sealed record PropertyAccessExpression(Expression Target, string Property, SourceLocation? Origin, bool IsSafe = false)
    : Expression(Origin);
