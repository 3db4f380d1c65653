using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Evaluation.Values;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Evaluation;

/// <summary>
/// What the body of a user-defined function sees: parameters('x') reads its own arguments; other user functions and
/// the deployment come from the template that declares it.
/// </summary>
internal sealed class UserFunctionScope : ITemplateScope
{
    private readonly string functionName;
    private readonly Bindings arguments;
    private readonly ITemplateScope template;
    private readonly DiagnosticBag diagnostics;

    public UserFunctionScope(string functionName, Bindings arguments, ITemplateScope template, DiagnosticBag diagnostics)
    {
        this.functionName = functionName;
        this.arguments = arguments;
        this.template = template;
        this.diagnostics = diagnostics;
    }

    public DeploymentContext Deployment => template.Deployment;

    public Value GetParameter(string name, SourceLocation? useSite)
    {
        if (arguments.TryGetValue(name, out var value))
        {
            return value;
        }

        diagnostics.Add(EvaluationDiagnostics.UndeclaredSymbol(useSite, $"parameter of function '{functionName}'", name));
        return new UnknownValue($"'{name}', which is not a parameter of function '{functionName}'", useSite) { Origin = useSite };
    }

    public Value GetVariable(string name, SourceLocation? useSite) => template.GetVariable(name, useSite);

    public UserFunction? GetFunction(string? ns, string name) => template.GetFunction(ns, name);
}
