using System.Collections.Immutable;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Evaluation.Expressions;

/// <summary>A template function call. <see cref="Namespace"/> is set for user-defined functions ("ns.fn").</summary>
public sealed record CallExpression(string Name, ImmutableArray<Expression> Arguments, SourceLocation? Origin, string? Namespace = null)
    : Expression(Origin);
