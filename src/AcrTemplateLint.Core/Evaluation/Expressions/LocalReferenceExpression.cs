using AcrTemplateLint.Text;

namespace AcrTemplateLint.Evaluation.Expressions;

/// <summary>A reference to a lambda parameter or loop variable, resolved in the innermost local scope.</summary>
public sealed record LocalReferenceExpression(string Name, SourceLocation? Origin) : Expression(Origin);
