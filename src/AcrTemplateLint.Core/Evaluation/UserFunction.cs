using System.Collections.Immutable;
using AcrTemplateLint.Evaluation.Expressions;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Evaluation;

/// <summary>A user-defined function: ARM "functions" or a Bicep func declaration. Its body sees only its parameters.</summary>
public sealed record UserFunction(string Name, ImmutableArray<string> Parameters, Expression Body, SourceLocation? Declaration)
{
    /// <summary>
    /// The template that declares the function, when it is not the caller's: a Bicep function imported from another
    /// file calls that file's functions. Null means the caller's template.
    /// </summary>
    public ITemplateScope? Scope { get; init; }
}
