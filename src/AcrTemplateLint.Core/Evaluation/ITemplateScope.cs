using AcrTemplateLint.Evaluation.Values;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Evaluation;

/// <summary>
/// What a template's expressions can see: its parameters, variables and user-defined functions. The ARM loader and
/// the Bicep binder each implement it; the evaluator and the function library are shared.
/// </summary>
public interface ITemplateScope
{
    /// <summary>The parameter's value as seen from <paramref name="useSite"/>, Unknown when nothing supplies one.</summary>
    Value GetParameter(string name, SourceLocation? useSite);

    Value GetVariable(string name, SourceLocation? useSite);

    UserFunction? GetFunction(string? ns, string name);

    DeploymentContext Deployment { get; }
}
