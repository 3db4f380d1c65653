using AcrTemplateLint.Text;

namespace AcrTemplateLint.Evaluation.Expressions;

/// <summary>
/// The intermediate representation shared by the ARM and Bicep front ends. Every node keeps the location of the
/// source text it was lowered from, so evaluated values can point back into the .json or .bicep file.
/// </summary>
public abstract record Expression(SourceLocation? Origin);
