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

    /// <summary>
    /// A declared resource or module by symbolic name (Bicep); <paramref name="index"/> selects a loop instance and
    /// <paramref name="member"/> the property read, null for the whole symbol. ARM templates declare none.
    /// </summary>
    Value GetSymbol(string name, Value? index, string? member, SourceLocation? useSite) =>
        new UnknownValue($"'{name}', which is not a resource or module of this template", useSite) { Origin = useSite };

    DeploymentContext Deployment { get; }
}
