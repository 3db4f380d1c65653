using AcrTemplateLint.Text;

namespace AcrTemplateLint.Evaluation.Expressions;

/// <summary>
/// ARM's copy element as a value: an array of <see cref="Count"/> evaluations of <see cref="Input"/>, each seeing its
/// own copyIndex(<see cref="Name"/>). Property, variable and output iteration lower to it.
/// </summary>
public sealed record CopyExpression(string Name, Expression Count, Expression Input, SourceLocation? Origin) : Expression(Origin);
