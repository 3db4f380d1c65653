using System.Collections.Immutable;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Evaluation.Expressions;

/// <summary>An object literal; each property keeps the location of its key.</summary>
public sealed record ObjectExpression(ImmutableArray<ObjectPropertyExpression> Properties, SourceLocation? Origin)
    : Expression(Origin);
