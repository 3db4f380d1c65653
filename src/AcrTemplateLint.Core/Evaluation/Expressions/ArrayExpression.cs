using System.Collections.Immutable;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Evaluation.Expressions;

public sealed record ArrayExpression(ImmutableArray<Expression> Items, SourceLocation? Origin) : Expression(Origin);
