using System.Collections.Immutable;
using AcrTemplateLint.Evaluation.Expressions;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Evaluation;

/// <summary>A user-defined function: ARM "functions" or a Bicep func declaration. Its body sees only its parameters.</summary>
public sealed record UserFunction(string Name, ImmutableArray<string> Parameters, Expression Body, SourceLocation? Declaration);
