using System.Collections.Immutable;
using AcrTemplateLint.Arm.Json;
using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Evaluation;
using AcrTemplateLint.Evaluation.Expressions;
using AcrTemplateLint.Evaluation.Values;
using AcrTemplateLint.Graph;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Arm;

/// <summary>
/// Builds the resource graph of an ARM template for one parameter set: every resource (nested children included)
/// evaluated, with the copy instances and conditions ARM would apply, and the resources of nested deployments —
/// inline templates in their inner or outer scope, and linked templates found through templateLink.relativePath —
/// in the same graph with the deployments that lead to them as their module trace. Remote links (templateLink.uri,
/// template specs) are recorded as unresolved: acrlint never goes to the network.
/// </summary>
public sealed class ArmTemplateLoader
{
    /// <summary>ARM refuses copy loops with more instances than this.</summary>
    public const int MaxCopyCount = EvaluationLimits.MaxCopyCount;

    private const string DeploymentType = "Microsoft.Resources/deployments";

    private static readonly HashSet<string> NotBody = new(StringComparer.OrdinalIgnoreCase) { "resources", "copy", "condition", "dependsOn" };

    private readonly DiagnosticBag diagnostics;
    private readonly Evaluator evaluator;
    private readonly TemplateFileCache files;
    private readonly FileAccessPolicy policy;
    private readonly ImmutableArray<ResourceNode>.Builder resources = ImmutableArray.CreateBuilder<ResourceNode>();
    private readonly ImmutableArray<UnresolvedModule>.Builder unresolved = ImmutableArray.CreateBuilder<UnresolvedModule>();
    private readonly SortedSet<string> linkedFiles = new(StringComparer.Ordinal);
    private readonly HashSet<string> loading = new(StringComparer.Ordinal);

    private ArmTemplateLoader(DiagnosticBag diagnostics, TemplateFileCache files, FileAccessPolicy policy, Evaluator? evaluator = null)
    {
        this.diagnostics = diagnostics;
        this.files = files;
        this.policy = policy;
        this.evaluator = evaluator ?? new Evaluator(diagnostics);
    }

    /// <summary>
    /// The graph of <paramref name="template"/> with <paramref name="parameters"/> (null: its defaults). Pass one
    /// <paramref name="files"/> cache for all the parameter sets of a template, so linked files are read once;
    /// linked templates are read only within <paramref name="policy"/> (default: anywhere).
    /// </summary>
    public static ResourceGraph Load(SourceFile file, JsonObject template, ParameterSet? parameters, DiagnosticBag diagnostics, TemplateFileCache? files = null, FileAccessPolicy? policy = null)
    {
        var loader = new ArmTemplateLoader(diagnostics, files ?? new TemplateFileCache(), policy ?? FileAccessPolicy.Unrestricted);
        var scope = new ArmTemplateScope(file, template, parameters, loader.evaluator);
        loader.CheckSuppliedParameters(scope, parameters);
        loader.loading.Add(file.FullPath);
        loader.LoadResources(template, parent: null, new TemplateContext(scope, scope.Context, [], null, 0));
        return new ResourceGraph(file, parameters?.Name, loader.resources.ToImmutable())
        {
            UnresolvedModules = loader.unresolved.ToImmutable(),
            LinkedFiles = [.. loader.linkedFiles],
        };
    }

    /// <summary>
    /// The resources of an ARM template that a Bicep module deploys: evaluated in <paramref name="scope"/> (whose
    /// parameters are the ones the module passes) with the module's trace and condition.
    /// </summary>
    internal static ResourceGraph LoadModule(ArmTemplateScope scope, JsonObject template, ImmutableArray<Hop> trace, Value? condition, int depth, DiagnosticBag diagnostics, TemplateFileCache files, FileAccessPolicy policy)
    {
        var loader = new ArmTemplateLoader(diagnostics, files, policy, scope.Evaluator);
        loader.loading.Add(scope.File.FullPath);
        loader.LoadResources(template, parent: null, new TemplateContext(scope, scope.Context, trace, condition, depth));
        return new ResourceGraph(scope.File, null, loader.resources.ToImmutable())
        {
            UnresolvedModules = loader.unresolved.ToImmutable(),
            LinkedFiles = [.. loader.linkedFiles],
        };
    }

    /// <summary>Where and how a template's resources are evaluated, and what leads to them.</summary>
    private sealed record TemplateContext(ArmTemplateScope Scope, EvaluationContext Context, ImmutableArray<Hop> ModuleTrace, Value? Condition, int Depth)
    {
        public SourceFile File => Scope.File;

        public SourceLocation At(TextSpan span) => new(File, span);
    }

    private void CheckSuppliedParameters(ArmTemplateScope scope, ParameterSet? parameters)
    {
        foreach (var supplied in parameters?.Values.Values ?? [])
        {
            if (!scope.ParameterNames.Contains(supplied.Name, StringComparer.OrdinalIgnoreCase))
            {
                diagnostics.Add(ArmDiagnostics.UnknownParameter(supplied.Location, supplied.Name, scope.File.DisplayPath));
            }
        }
    }

    private void LoadResources(JsonObject container, ResourceNode? parent, TemplateContext t)
    {
        if (container.GetProperty("resources") is not { } section)
        {
            return;
        }

        switch (section.Value)
        {
            case JsonArray array:
                foreach (var item in array.Items)
                {
                    LoadResource(item, symbolicName: null, parent, t);
                }

                break;
            case JsonObject symbolic when parent is null:
                // languageVersion 2.0: resources keyed by symbolic name.
                foreach (var property in symbolic.Properties)
                {
                    LoadResource(property.Value, property.Name.Value, parent, t);
                }

                break;
            default:
                diagnostics.Add(ArmDiagnostics.InvalidSection(t.At(section.Name.Span), "resources", parent is null ? "an array or an object" : "an array"));
                break;
        }
    }

    private void LoadResource(JsonNode node, string? symbolicName, ResourceNode? parent, TemplateContext t)
    {
        if (node is not JsonObject declaration)
        {
            diagnostics.Add(ArmDiagnostics.InvalidResource(t.At(node.Span), "a resource must be an object"));
            return;
        }

        if (declaration.GetProperty("type") is not { Value: JsonString typeText } typeProperty)
        {
            diagnostics.Add(ArmDiagnostics.InvalidResource(t.At(declaration.Span), "the \"type\" property is missing or not a string"));
            return;
        }

        var declaredWithFullType = typeText.Value.Contains('.');
        var type = parent is not null && !declaredWithFullType ? $"{parent.Type}/{typeText.Value}" : typeText.Value;
        var isDeployment = string.Equals(type, DeploymentType, StringComparison.OrdinalIgnoreCase);
        var isExisting = declaration["existing"] is JsonBoolean { Value: true };
        var body = (ObjectExpression)t.Scope.Lower(BodyOf(declaration, isDeployment));
        var condition = declaration.GetProperty("condition") is { } c ? t.Scope.Lower(c.Value) : null;
        var dependsOn = declaration["dependsOn"] is JsonArray d ? d.Items.Select(t.Scope.Lower).ToImmutableArray() : [];
        foreach (var (context, copy) in CopyInstances(declaration, t))
        {
            var instance = t with { Context = context };
            var when = Conditions.Both(t.Condition, condition is null ? null : evaluator.Evaluate(condition, context));
            var shell = new ResourceNode
            {
                Type = type,
                Name = new NullValue(),
                SymbolicName = symbolicName,
                Body = ObjectValue.Empty,
                Declaration = t.At(typeProperty.Span),
                Condition = when,
                Copy = copy,
                Parent = parent,
                IsExisting = isExisting,
                ModuleTrace = t.ModuleTrace,
            };

            // ARM does not evaluate a resource whose condition is false, so what would fail in it is no error.
            if (when is BooleanValue { Value: false })
            {
                evaluator.Speculate(() => LoadInstance(declaration, shell, body, dependsOn, isDeployment, declaredWithFullType, instance));
            }
            else
            {
                LoadInstance(declaration, shell, body, dependsOn, isDeployment, declaredWithFullType, instance);
            }
        }
    }

    // The node's evaluated parts, then what it deploys: a nested template, and the children declared inside it.
    private void LoadInstance(JsonObject declaration, ResourceNode shell, ObjectExpression body, ImmutableArray<Expression> dependsOn, bool isDeployment, bool declaredWithFullType, TemplateContext t)
    {
        var value = evaluator.Evaluate(body, t.Context) as ObjectValue ?? ObjectValue.Empty;
        var resource = shell with
        {
            ApiVersion = (value["apiVersion"] as StringValue)?.Value,
            Name = ResourceNames.Full(value["name"], declaredWithFullType ? null : shell.Parent?.Name, t.At(declaration.Span)),
            Body = value,
            DependsOn = [.. dependsOn.Select(e => evaluator.Evaluate(e, t.Context))],
        };
        resources.Add(resource);
        if (isDeployment && !resource.IsExisting)
        {
            LoadDeployment(declaration, resource, t);
        }

        LoadResources(declaration, resource, t);
    }

    // What rules see of a declaration: everything but the structure ARM consumes itself. A deployment's inline
    // template is left out too: its resources become nodes of their own, evaluated in their own scope.
    private static JsonObject BodyOf(JsonObject declaration, bool isDeployment)
    {
        var kept = declaration.Properties.Where(p => !NotBody.Contains(p.Name.Value)).Select(p =>
            isDeployment && p.Name.Value.Equals("properties", StringComparison.OrdinalIgnoreCase) && p.Value is JsonObject properties
                ? new JsonProperty(p.Name, new JsonObject(properties.Span, [.. properties.Properties.Where(q => !q.Name.Value.Equals("template", StringComparison.OrdinalIgnoreCase))]))
                : p);
        return new JsonObject(declaration.Span, [.. kept]);
    }

    private IEnumerable<(EvaluationContext Context, CopyInstance? Copy)> CopyInstances(JsonObject declaration, TemplateContext t)
    {
        if (declaration.GetProperty("copy") is not { } copyProperty)
        {
            yield return (t.Context, null);
            yield break;
        }

        if (ArmCopy.Read(t.File, copyProperty.Value, diagnostics) is not { } copy)
        {
            yield break;
        }

        var count = evaluator.Evaluate(t.Scope.Lower(copy.Count), t.Context);
        foreach (var instance in CopyExpansion.Expand(copy.Name, count, copy.Location, evaluator))
        {
            yield return (t.Context.WithCopyIndex(copy.Name, instance.Index), instance);
        }
    }

    private void LoadDeployment(JsonObject declaration, ResourceNode deployment, TemplateContext t)
    {
        if (declaration["properties"] is not JsonObject properties)
        {
            diagnostics.Add(ArmDiagnostics.InvalidDeployment(deployment.Declaration, "it has no \"properties\" object"));
            return;
        }

        var name = deployment.Name is StringValue s ? s.Value : ValueFormatter.Display(deployment.Name);
        var trace = t.ModuleTrace.Add(new Hop($"deployment '{name}'", deployment.Declaration));
        if (t.Depth + 1 > EvaluationLimits.MaxDeploymentDepth)
        {
            diagnostics.Add(ArmDiagnostics.DeploymentTooDeep(deployment.Declaration, $"Deployments nest deeper than {EvaluationLimits.MaxDeploymentDepth} levels"));
            unresolved.Add(new UnresolvedModule($"deployment '{name}'", "deployments nest too deeply", deployment.Declaration));
            return;
        }

        if (properties.GetProperty("template") is { } templateProperty)
        {
            if ((templateProperty.Value as JsonObject ?? t.Scope.VariableObject(templateProperty.Value)) is { } inline)
            {
                LoadInline(inline, properties, deployment, name, trace, t);
            }
            else
            {
                Unresolved(t.At(templateProperty.Name.Span), "a template computed by an expression", "template", name);
            }
        }
        else if (properties.GetProperty("templateLink") is { Value: JsonObject link } linkProperty)
        {
            LoadLinked(link, t.At(linkProperty.Name.Span), properties, deployment, name, trace, t);
        }
        else
        {
            diagnostics.Add(ArmDiagnostics.InvalidDeployment(deployment.Declaration, "it needs a \"template\" object or a \"templateLink\" object"));
        }
    }

    // expressionEvaluationOptions.scope: "inner" gives the nested template its own parameters and variables; "outer"
    // (the default) evaluates its expressions in the parent template's scope. A deployment that passes parameters
    // binds them to the nested template whatever the option says: quickstart templates omit the option and Azure
    // Verified Modules write "Outer" while passing parameters, and both deploy.
    private void LoadInline(JsonObject template, JsonObject properties, ResourceNode deployment, string name, ImmutableArray<Hop> trace, TemplateContext t)
    {
        var isInner = properties["parameters"] is JsonObject { Properties.IsEmpty: false }
            || (properties["expressionEvaluationOptions"] is JsonObject options && options["scope"] is JsonString { Value: var scope }
                && scope.Equals("inner", StringComparison.OrdinalIgnoreCase));
        if (!isInner)
        {
            LoadResources(template, parent: null, t with { ModuleTrace = trace, Condition = deployment.Condition, Depth = t.Depth + 1 });
            return;
        }

        var nested = NestedScope(t.File, template, properties, name, t);
        LoadResources(template, parent: null, new TemplateContext(nested, nested.Context, trace, deployment.Condition, t.Depth + 1));
    }

    private void LoadLinked(JsonObject link, SourceLocation at, JsonObject properties, ResourceNode deployment, string name, ImmutableArray<Hop> trace, TemplateContext t)
    {
        if (link.GetProperty("relativePath") is not { } relative)
        {
            var (what, reference) = link.GetProperty("id") is { } id
                ? ("a template spec", Display(evaluator.Evaluate(t.Scope.Lower(id.Value), t.Context)))
                : link.GetProperty("uri") is { } uri
                    ? ("a template at a URI (templateLink.uri)", Display(evaluator.Evaluate(t.Scope.Lower(uri.Value), t.Context)))
                    : ("a templateLink without a uri, id or relativePath", "templateLink");
            Unresolved(at, what, reference, name);
            return;
        }

        if (evaluator.Evaluate(t.Scope.Lower(relative.Value), t.Context) is not StringValue { Value: var path })
        {
            Unresolved(at, "a templateLink.relativePath that is not known before deployment", "relativePath", name);
            return;
        }

        if (policy.Resolve(t.File.FullPath, path, out var fullPath) is { } refusal)
        {
            diagnostics.Add(ArmDiagnostics.LinkedTemplateOutsideRoot(at, path, refusal));
            unresolved.Add(new UnresolvedModule(path, $"deployment '{name}' links a template outside the scanned root", at));
            return;
        }

        if (loading.Contains(fullPath))
        {
            diagnostics.Add(ArmDiagnostics.DeploymentTooDeep(at, $"The linked template '{path}' deploys itself, directly or through other templates"));
            return;
        }

        if (files.Read(fullPath, TemplateFileCache.DisplayPathBeside(t.File.DisplayPath, path), at, path, diagnostics) is not { } linked)
        {
            return;
        }

        linkedFiles.Add(fullPath);
        var nested = NestedScope(linked.File, linked.Root, properties, name, t);
        loading.Add(fullPath);
        try
        {
            LoadResources(linked.Root, parent: null, new TemplateContext(nested, nested.Context, trace, deployment.Condition, t.Depth + 1));
        }
        finally
        {
            loading.Remove(fullPath);
        }
    }

    private void Unresolved(SourceLocation at, string what, string reference, string deployment)
    {
        diagnostics.Add(ArmDiagnostics.TemplateLinkNotFollowed(at, what));
        unresolved.Add(new UnresolvedModule(reference, $"deployment '{deployment}' uses {what}, which acrlint does not follow", at));
    }

    private static string Display(Value value) => value switch
    {
        _ when ValueText.TryGetString(value) is { } text => text,
        ResourceIdValue id => $"{id.ResourceType} '{string.Join('/', id.Names.Select(n => n is StringValue s ? s.Value : "?"))}'",
        UnknownValue unknown => $"<{unknown.Reason}>",
        _ => "<a computed value>",
    };

    // The scope of a template deployed with its own parameters: those the deployment passes, evaluated in the caller.
    private ArmTemplateScope NestedScope(SourceFile file, JsonObject template, JsonObject properties, string deployment, TemplateContext caller)
    {
        var values = ParameterSet.EmptyValues.ToBuilder();
        var description = $"value passed by deployment '{deployment}'";
        var passed = properties.GetProperty("parameters");
        if (passed?.Value is JsonObject entries)
        {
            foreach (var entry in entries.Properties)
            {
                if (PassedValue(entry, deployment, caller) is { } value)
                {
                    values[entry.Name.Value] = new SuppliedParameter(entry.Name.Value, value, value.Origin ?? caller.At(entry.Value.Span), description);
                }
            }
        }
        else if (passed is not null)
        {
            diagnostics.Add(ArmDiagnostics.InvalidDeployment(caller.At(passed.Name.Span), "\"parameters\" must be an object"));
        }

        // Values from a parametersLink override every default, so none of the template's parameters is known.
        if (properties.GetProperty("parametersLink") is { } parametersLink)
        {
            var location = caller.At(parametersLink.Name.Span);
            diagnostics.Add(ArmDiagnostics.TemplateLinkNotFollowed(location, "parameters at a URI (parametersLink)"));
            foreach (var declared in (template["parameters"] as JsonObject)?.Properties ?? [])
            {
                var parameter = declared.Name.Value;
                var unknown = new UnknownValue($"parameter '{parameter}', which deployment '{deployment}' takes from a parametersLink", location) { Origin = location };
                values.TryAdd(parameter, new SuppliedParameter(parameter, unknown, location, $"parametersLink of deployment '{deployment}'"));
            }
        }

        var scope = new ArmTemplateScope(file, template, new ParameterSet($"deployment '{deployment}'", values.ToImmutable()), evaluator, $"value from deployment '{deployment}'");
        foreach (var supplied in values.Values)
        {
            if (!scope.ParameterNames.Contains(supplied.Name, StringComparer.OrdinalIgnoreCase))
            {
                diagnostics.Add(ArmDiagnostics.UndeclaredDeploymentParameter(supplied.Location, supplied.Name, deployment));
            }
        }

        foreach (var missing in scope.ParametersWithoutValue())
        {
            evaluator.Diagnostics.Add(ArmDiagnostics.MissingDeploymentParameter(caller.At(properties.Span), missing, deployment));
        }

        return scope;
    }

    // A passed parameter is { "value": ... } or { "reference": ... } (a Key Vault secret), written out, built by
    // property iteration ("copy" named "value"), or computed whole: Bicep writes "[if(c, createObject('value', a), ...)]".
    private Value? PassedValue(JsonProperty entry, string deployment, TemplateContext caller)
    {
        var parameter = entry.Name.Value;
        var evaluated = entry.Value is JsonObject { } literal && literal.GetProperty("reference") is not null
            ? ObjectValue.Empty
            : evaluator.Evaluate(caller.Scope.Lower(entry.Value), caller.Context);
        switch (evaluated)
        {
            case ObjectValue wrapper when wrapper.GetEntry("value") is { } value:
                return value.Value.Origin is null ? value.Value with { Origin = value.KeyOrigin } : value.Value;
            case ObjectValue wrapper when wrapper.GetEntry("reference") is not null || entry.Value is JsonObject { } secret && secret.GetProperty("reference") is not null:
                var location = caller.At(entry.Value.Span);
                return new UnknownValue($"parameter '{parameter}', a Key Vault secret that deployment '{deployment}' references", location) { Origin = location };
            case UnknownValue unknown:
                var candidates = unknown.Candidates.Select(c => (c as ObjectValue)?["value"]).ToList();
                return unknown with { Candidates = candidates.All(c => c is not null) ? [.. candidates.OfType<Value>()] : [] };
            default:
                diagnostics.Add(ArmDiagnostics.InvalidDeployment(caller.At(entry.Name.Span), $"parameter '{parameter}' needs a \"value\" or a \"reference\""));
                return null;
        }
    }
}
