using AcrTemplateLint.Text;

namespace AcrTemplateLint.Evaluation.Expressions;

/// <summary>
/// One member of an object literal. <see cref="Key"/> is usually a literal string; Bicep allows interpolated keys.
/// </summary>
public sealed record ObjectPropertyExpression(Expression Key, Expression Value, SourceLocation? KeyOrigin);
