using AcrTemplateLint.Text;

namespace AcrTemplateLint.Evaluation.Expressions;

/// <summary>target[index]; <see cref="IsSafe"/> is Bicep's [?index].</summary>
public sealed record IndexAccessExpression(Expression Target, Expression Index, SourceLocation? Origin, bool IsSafe = false)
    : Expression(Origin);
