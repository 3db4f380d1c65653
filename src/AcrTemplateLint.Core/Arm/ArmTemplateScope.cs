using System.Collections.Immutable;
using AcrTemplateLint.Arm.Json;
using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Evaluation;
using AcrTemplateLint.Evaluation.Expressions;
using AcrTemplateLint.Evaluation.Values;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Arm;

/// <summary>
/// The parameters, variables and user-defined functions of one ARM template (an entry template, or a nested or
/// linked one with its own scope), evaluated on demand and once. A parameter's value comes from the supplied
/// parameter set (a parameter file, or the parameters a deployment passes), else its defaultValue, else null when
/// it is nullable, else it is Unknown (limited to its allowedValues). Variables include copy-built ones.
/// </summary>
public sealed class ArmTemplateScope : ITemplateScope
{
    private readonly SourceFile file;
    private readonly DiagnosticBag diagnostics;
    private readonly Dictionary<string, JsonProperty> parameters = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, VariableDeclaration> variables = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, UserFunction> functions = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Value> parameterValues = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Value> variableValues = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<JsonNode, Expression> lowered = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<string> evaluating = new(StringComparer.OrdinalIgnoreCase);
    private readonly JsonObject? definitions;
    private readonly ParameterSet? supplied;
    private readonly string missingValue;

    /// <summary>
    /// The scope of <paramref name="template"/>; <paramref name="missingValue"/> names what would have supplied a
    /// value, for the reason of an Unknown parameter ("parameter-file value", "value from deployment 'x'").
    /// </summary>
    public ArmTemplateScope(SourceFile file, JsonObject template, ParameterSet? supplied, Evaluator evaluator, string missingValue = "parameter-file value")
    {
        this.file = file;
        this.supplied = supplied;
        this.missingValue = missingValue;
        Evaluator = evaluator;
        diagnostics = evaluator.Reported;
        definitions = template["definitions"] as JsonObject;
        Collect(template, "parameters", p => parameters[p.Name.Value] = p);
        Collect(template, "variables", CollectVariable);
        CollectFunctions(template);
        Context = new EvaluationContext(this);
    }

    public SourceFile File => file;

    public Evaluator Evaluator { get; }

    public EvaluationContext Context { get; }

    public DeploymentContext Deployment => DeploymentContext.ResourceGroup;

    public IReadOnlyCollection<string> ParameterNames => parameters.Keys;

    public Value Evaluate(JsonNode node) => Evaluator.Evaluate(Lower(node), Context);

    /// <summary>The IR of a JSON fragment of this template, lowered once however often it is evaluated.</summary>
    public Expression Lower(JsonNode node)
    {
        if (!lowered.TryGetValue(node, out var expression))
        {
            expression = ArmLowering.Lower(file, node, diagnostics);
            lowered[node] = expression;
        }

        return expression;
    }

    public Value GetParameter(string name, SourceLocation? useSite)
    {
        if (!parameters.TryGetValue(name, out var declaration))
        {
            Evaluator.Diagnostics.Add(EvaluationDiagnostics.UndeclaredSymbol(useSite, "parameter", name));
            return new UnknownValue($"the undeclared parameter '{name}'", useSite) { Origin = useSite };
        }

        // A null value counts as none: the default applies (Bicep passes null for an omitted optional module parameter).
        if (supplied?.Values.TryGetValue(name, out var value) == true && (value.Value is not NullValue || !HasDefault(declaration)))
        {
            return value.Value.At(useSite, [Declared(name, declaration), new Hop(value.Description, value.Location)]);
        }

        if (!parameterValues.TryGetValue(name, out var resolved))
        {
            resolved = Evaluator.Certainly(() => Guarded(name, "parameter", useSite, () => ResolveDefault(name, declaration)));
            parameterValues[name] = resolved;
        }

        return resolved.At(useSite, resolved is UnknownValue ? [Declared(name, declaration)] : []);
    }

    // Only the hops a value keeps are made: a known default (the usual case) keeps none.
    private Hop Declared(string name, JsonProperty declaration) => new($"parameter '{name}' declared here", new SourceLocation(file, declaration.Name.Span));

    /// <summary>The parameters that get no value at all: nothing supplied, no default, not nullable.</summary>
    public IEnumerable<string> ParametersWithoutValue() => parameters.Values
        .Where(p => supplied?.Values.ContainsKey(p.Name.Value) != true && !HasDefault(p) && !(p.Value is JsonObject definition && IsNullable(definition)))
        .Select(p => p.Name.Value);

    public Value GetVariable(string name, SourceLocation? useSite)
    {
        if (!variables.TryGetValue(name, out var declaration))
        {
            Evaluator.Diagnostics.Add(EvaluationDiagnostics.UndeclaredSymbol(useSite, "variable", name));
            return new UnknownValue($"the undeclared variable '{name}'", useSite) { Origin = useSite };
        }

        if (!variableValues.TryGetValue(name, out var value))
        {
            value = Evaluator.Certainly(() => Guarded(name, "variable", useSite, () => Evaluator.Evaluate(declaration.Value(), Context)));
            variableValues[name] = value;
        }

        return value.At(useSite, [new Hop($"variable '{name}' declared here", declaration.Location)]);
    }

    public UserFunction? GetFunction(string? ns, string name) => functions.GetValueOrDefault($"{ns}.{name}");

    /// <summary>The template's outputs, evaluated: each "value", or the array an output "copy" builds.</summary>
    public ObjectValue EvaluateOutputs(JsonObject template)
    {
        var entries = ImmutableArray.CreateBuilder<ObjectEntry>();
        Collect(template, "outputs", output =>
        {
            var location = new SourceLocation(file, output.Name.Span);
            Value value = output.Value switch
            {
                JsonObject o when o.GetProperty("copy") is { } copy =>
                    ArmCopy.Read(file, copy.Value, diagnostics, requireName: false, requireInput: true) is { } loop
                        ? Evaluator.Evaluate(loop.ToExpression(Lower), Context)
                        : new UnknownValue($"output '{output.Name.Value}', whose copy loop is invalid", location),
                JsonObject o when o.GetProperty("value") is { } v => Evaluate(v.Value),
                _ => new UnknownValue($"output '{output.Name.Value}', which has no value", location),
            };
            entries.Add(new ObjectEntry(output.Name.Value, value, location));
        });
        return new ObjectValue(entries.ToImmutable()) { Origin = new SourceLocation(file, template.Span) };
    }

    /// <summary>
    /// The JSON object that "[variables('name')]" stands for, when the variable is written out as one: Bicep puts a
    /// module's template there ("template": "[variables('$fxv#0')]"), and it must be read as a template, not evaluated.
    /// </summary>
    public JsonObject? VariableObject(JsonNode reference) =>
        reference is JsonString && Lower(reference) is CallExpression { Name: var function, Namespace: null, Arguments: [LiteralExpression { Value: StringValue name }] }
        && function.Equals("variables", StringComparison.OrdinalIgnoreCase)
        && variables.TryGetValue(name.Value, out var declaration)
            ? declaration.Json as JsonObject
            : null;

    private static bool HasDefault(JsonProperty declaration) => declaration.Value is JsonObject definition && definition.GetProperty("defaultValue") is not null;

    private Value ResolveDefault(string name, JsonProperty declaration)
    {
        var definition = declaration.Value as JsonObject;
        if (definition?.GetProperty("defaultValue") is { } defaultValue)
        {
            var value = Evaluate(defaultValue.Value);
            return value.At(null, [new Hop($"default value of parameter '{name}'", new SourceLocation(file, defaultValue.Value.Span))]);
        }

        var declared = new SourceLocation(file, declaration.Name.Span);
        if (definition is not null && IsNullable(definition))
        {
            return new NullValue { Origin = declared };
        }

        var candidates = definition?["allowedValues"] is JsonArray allowed
            ? [.. allowed.Items.Select(item => ArmLowering.ToValue(file, item))]
            : ImmutableArray<Value>.Empty;
        return new UnknownValue($"parameter '{name}', which has no default value and no {missingValue}", declared) { Candidates = candidates };
    }

    // languageVersion 2.0: a nullable parameter without a value is null, whether it says so itself or through its $ref.
    private bool IsNullable(JsonObject definition)
    {
        for (var depth = 0; depth < 16; depth++)
        {
            if (definition["nullable"] is JsonBoolean { Value: true })
            {
                return true;
            }

            if (definition["$ref"] is not JsonString { Value: var reference } || !reference.StartsWith("#/definitions/", StringComparison.Ordinal)
                || definitions?[reference["#/definitions/".Length..]] is not JsonObject target)
            {
                return false;
            }

            definition = target;
        }

        return false;
    }

    // A parameter default or variable that refers back to itself is a template error, not a stack overflow.
    private Value Guarded(string name, string kind, SourceLocation? useSite, Func<Value> evaluate)
    {
        var key = $"{kind}:{name}";
        if (!evaluating.Add(key))
        {
            Evaluator.Diagnostics.Add(EvaluationDiagnostics.Cycle(useSite, kind, name));
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

    // "copy": [{ "name", "count", "input" }] in the variables section declares array variables.
    private void CollectVariable(JsonProperty member)
    {
        if (!member.Name.Value.Equals("copy", StringComparison.OrdinalIgnoreCase) || member.Value is not JsonArray loops)
        {
            variables[member.Name.Value] = new VariableDeclaration(new SourceLocation(file, member.Name.Span), () => Lower(member.Value)) { Json = member.Value };
            return;
        }

        foreach (var loop in loops.Items)
        {
            if (ArmCopy.Read(file, loop, diagnostics, requireInput: true) is { } copy)
            {
                variables[copy.Name] = new VariableDeclaration(copy.NameLocation, () => copy.ToExpression(Lower));
            }
        }
    }

    // "functions": [{ "namespace": "ns", "members": { "fn": { "parameters": [{ "name" }], "output": { "value" } } } }]
    private void CollectFunctions(JsonObject template)
    {
        if (template.GetProperty("functions") is not { } section)
        {
            return;
        }

        if (section.Value is not JsonArray namespaces)
        {
            diagnostics.Add(ArmDiagnostics.InvalidSection(new SourceLocation(file, section.Name.Span), "functions", "an array"));
            return;
        }

        foreach (var item in namespaces.Items)
        {
            if (item is not JsonObject { } group || group["namespace"] is not JsonString ns || group["members"] is not JsonObject members)
            {
                diagnostics.Add(ArmDiagnostics.InvalidFunction(new SourceLocation(file, item.Span), "each entry needs a \"namespace\" string and a \"members\" object"));
                continue;
            }

            foreach (var member in members.Properties)
            {
                if (ReadFunction(ns.Value, member) is { } function)
                {
                    functions[function.Name] = function;
                }
            }
        }
    }

    private UserFunction? ReadFunction(string ns, JsonProperty member)
    {
        var location = new SourceLocation(file, member.Name.Span);
        var name = $"{ns}.{member.Name.Value}";
        if (member.Value is not JsonObject definition || definition["output"] is not JsonObject output || output.GetProperty("value") is not { } body)
        {
            diagnostics.Add(ArmDiagnostics.InvalidFunction(location, $"function '{name}' needs an \"output\" with a \"value\""));
            return null;
        }

        var parameterNames = ImmutableArray.CreateBuilder<string>();
        if (definition["parameters"] is JsonArray declared)
        {
            foreach (var parameter in declared.Items)
            {
                if (parameter is JsonObject { } p && p["name"] is JsonString parameterName)
                {
                    parameterNames.Add(parameterName.Value);
                }
                else
                {
                    diagnostics.Add(ArmDiagnostics.InvalidFunction(new SourceLocation(file, parameter.Span), $"each parameter of function '{name}' needs a \"name\""));
                    return null;
                }
            }
        }

        return new UserFunction(name, parameterNames.ToImmutable(), Lower(body.Value), location);
    }

    private void Collect(JsonObject template, string section, Action<JsonProperty> add)
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
            add(member);
        }
    }

    /// <summary>A variable: where it is declared, and its IR, built on first use.</summary>
    private sealed class VariableDeclaration(SourceLocation location, Func<Expression> lower)
    {
        private Expression? expression;

        public SourceLocation Location { get; } = location;

        /// <summary>The JSON of a variable written out (not built by a copy loop).</summary>
        public JsonNode? Json { get; init; }

        public Expression Value() => expression ??= lower();
    }
}
