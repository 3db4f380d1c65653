using System.Collections.Immutable;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Evaluation.Expressions;

/// <summary>lambda('x', body) in ARM, x => body in Bicep. Only higher-order functions evaluate it.</summary>
public sealed record LambdaExpression(ImmutableArray<string> Parameters, Expression Body, SourceLocation? Origin)
    : Expression(Origin);
