using AcrTemplateLint.Evaluation.Values;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Evaluation.Expressions;

/// <summary>A value known without evaluation: a JSON literal, an ARM string literal, a Bicep literal.</summary>
public sealed record LiteralExpression(Value Value, SourceLocation? Origin) : Expression(Origin);
