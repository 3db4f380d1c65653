using System.Collections.Immutable;
using AcrTemplateLint.Arm.Json;
using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Evaluation;
using AcrTemplateLint.Evaluation.Expressions;
using AcrTemplateLint.Evaluation.Values;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Arm;

/// <summary>
/// The parameters and variables of one ARM template, evaluated on demand and once. A parameter's value comes from
/// the supplied parameter set, else its defaultValue, else it is Unknown (limited to its allowedValues).
/// </summary>
public sealed class ArmTemplateScope : ITemplateScope
{
    private readonly SourceFile file;
    private readonly DiagnosticBag diagnostics;
    private readonly Dictionary<string, JsonProperty> parameters = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, JsonProperty> variables = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Value> parameterValues = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Value> variableValues = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> evaluating = new(StringComparer.OrdinalIgnoreCase);
    private readonly ParameterSet? supplied;

    public ArmTemplateScope(SourceFile file, JsonObject template, ParameterSet? supplied, Evaluator evaluator)
    {
        this.file = file;
        this.supplied = supplied;
        Evaluator = evaluator;
        diagnostics = evaluator.Diagnostics;
        Collect(template, "parameters", parameters);
        Collect(template, "variables", variables);
        Context = new EvaluationContext(this);
    }

    public Evaluator Evaluator { get; }

    public EvaluationContext Context { get; }

    public DeploymentContext Deployment => DeploymentContext.ResourceGroup;

    public IReadOnlyCollection<string> ParameterNames => parameters.Keys;

    public Value Evaluate(JsonNode node) => Evaluator.Evaluate(Lower(node), Context);

    public Expression Lower(JsonNode node) => ArmLowering.Lower(file, node, diagnostics);

    public Value GetParameter(string name, SourceLocation? useSite)
    {
        if (!parameters.TryGetValue(name, out var declaration))
        {
            diagnostics.Add(EvaluationDiagnostics.UndeclaredSymbol(useSite, "parameter", name));
            return new UnknownValue($"the undeclared parameter '{name}'", useSite) { Origin = useSite };
        }

        var declared = new SourceLocation(file, declaration.Name.Span);
        if (supplied?.Values.TryGetValue(name, out var value) == true)
        {
            return value.Value.At(useSite, [new Hop($"parameter '{name}' declared here", declared), new Hop(value.Description, value.Location)]);
        }

        if (!parameterValues.TryGetValue(name, out var resolved))
        {
            resolved = Guarded(name, "parameter", useSite, () => ResolveDefault(name, declaration));
            parameterValues[name] = resolved;
        }

        return resolved.At(useSite, resolved is UnknownValue ? [new Hop($"parameter '{name}' declared here", declared)] : []);
    }

    public Value GetVariable(string name, SourceLocation? useSite)
    {
        if (!variables.TryGetValue(name, out var declaration))
        {
            diagnostics.Add(EvaluationDiagnostics.UndeclaredSymbol(useSite, "variable", name));
            return new UnknownValue($"the undeclared variable '{name}'", useSite) { Origin = useSite };
        }

        if (!variableValues.TryGetValue(name, out var value))
        {
            value = Guarded(name, "variable", useSite, () => Evaluate(declaration.Value));
            variableValues[name] = value;
        }

        var hop = new Hop($"variable '{name}' declared here", new SourceLocation(file, declaration.Name.Span));
        return value.At(useSite, [hop]);
    }

    public UserFunction? GetFunction(string? ns, string name) => null;

    private Value ResolveDefault(string name, JsonProperty declaration)
    {
        var definition = declaration.Value as JsonObject;
        if (definition?.GetProperty("defaultValue") is { } defaultValue)
        {
            var value = Evaluate(defaultValue.Value);
            return value.At(null, [new Hop($"default value of parameter '{name}'", new SourceLocation(file, defaultValue.Value.Span))]);
        }

        var declared = new SourceLocation(file, declaration.Name.Span);
        var candidates = definition?["allowedValues"] is JsonArray allowed
            ? [.. allowed.Items.Select(item => ArmLowering.ToValue(file, item))]
            : ImmutableArray<Value>.Empty;
        return new UnknownValue($"parameter '{name}', which has no default value and no parameter-file value", declared) { Candidates = candidates };
    }

    // A parameter default or variable that refers back to itself is a template error, not a stack overflow.
    private Value Guarded(string name, string kind, SourceLocation? useSite, Func<Value> evaluate)
    {
        var key = $"{kind}:{name}";
        if (!evaluating.Add(key))
        {
            diagnostics.Add(EvaluationDiagnostics.Cycle(useSite, kind, name));
            return new UnknownValue($"{kind} '{name}', which depends on itself", useSite) { Origin = useSite };
        }

        try
        {
            return evaluate();
        }
        finally
        {
            evaluating.Remove(key);
        }
    }

    private void Collect(JsonObject template, string section, Dictionary<string, JsonProperty> into)
    {
        if (template.GetProperty(section) is not { } property)
        {
            return;
        }

        if (property.Value is not JsonObject members)
        {
            diagnostics.Add(ArmDiagnostics.InvalidSection(new SourceLocation(file, property.Name.Span), section, "an object"));
            return;
        }

        foreach (var member in members.Properties)
        {
            into[member.Name.Value] = member;
        }
    }
}
