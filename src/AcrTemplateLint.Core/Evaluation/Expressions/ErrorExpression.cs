using AcrTemplateLint.Text;

namespace AcrTemplateLint.Evaluation.Expressions;

/// <summary>Text that could not be parsed. It evaluates to Unknown; the parser has already reported why.</summary>
public sealed record ErrorExpression(string Reason, SourceLocation? Origin) : Expression(Origin);
