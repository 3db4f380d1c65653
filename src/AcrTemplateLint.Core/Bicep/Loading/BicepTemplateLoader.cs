using System.Collections.Immutable;
using AcrTemplateLint.Arm;
using AcrTemplateLint.Bicep.Binding;
using AcrTemplateLint.Bicep.Syntax;
using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Evaluation;
using AcrTemplateLint.Evaluation.Expressions;
using AcrTemplateLint.Evaluation.Values;
using AcrTemplateLint.Graph;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Bicep.Loading;

/// <summary>
/// Builds the resource graph of a Bicep template for one parameter set, the same graph the ARM loader builds from
/// the JSON the Bicep compiler makes of it: every resource instance (nested and parent: children with their full
/// type and name), existing resources, conditions and loops, and for each module a deployment resource followed by
/// what the module deploys, with the module calls that lead there as module trace. Values keep their Bicep spans.
/// </summary>
public sealed class BicepTemplateLoader
{
    private const string DeploymentType = "Microsoft.Resources/deployments";

    // What the compiler consumes itself; a module's body is rewritten as a deployment.
    private static readonly HashSet<string> NotBody = new(StringComparer.Ordinal) { "name", "parent", "scope", "dependsOn" };

    // An extension resource's name is a property like any other.
    private static readonly HashSet<string> ExtensionNotBody = new(StringComparer.Ordinal) { "parent", "scope", "dependsOn" };

    // What a module body says about the module rather than the deployment's own properties.
    private static readonly HashSet<string> ModuleKeys = new(StringComparer.Ordinal) { "name", "params", "scope", "dependsOn", "extensionConfigs" };

    private readonly BicepLoad load;
    private readonly ImmutableArray<ResourceNode>.Builder resources = ImmutableArray.CreateBuilder<ResourceNode>();

    private BicepTemplateLoader(BicepLoad load) => this.load = load;

    /// <summary>
    /// The graph of <paramref name="file"/> with <paramref name="parameters"/> (null: its defaults). Modules are read
    /// through <paramref name="files"/>, within <paramref name="policy"/>.
    /// </summary>
    public static ResourceGraph Load(BicepFile file, ParameterSet? parameters, DiagnosticBag diagnostics, BicepFileCache files, FileAccessPolicy? policy = null)
    {
        var load = new BicepLoad(diagnostics, files, policy ?? FileAccessPolicy.Unrestricted);
        var scope = new BicepTemplateScope(load, file, parameters, ModuleContext.Entry(file.Source.FullPath));
        foreach (var supplied in parameters?.Values.Values ?? [])
        {
            if (!scope.ParameterNames.Contains(supplied.Name, StringComparer.OrdinalIgnoreCase))
            {
                diagnostics.Add(ArmDiagnostics.UnknownParameter(supplied.Location, supplied.Name, file.Source.DisplayPath));
            }
        }

        var loader = new BicepTemplateLoader(load);
        loader.LoadScope(scope);
        return new ResourceGraph(file.Source, parameters?.Name, loader.resources.ToImmutable())
        {
            UnresolvedModules = load.Unresolved.ToImmutable(),
            LinkedFiles = [.. load.LinkedFiles],
        };
    }

    /// <summary>Evaluates a scope's declarations in source order: resources (children after their parent) and modules.</summary>
    private void LoadScope(BicepTemplateScope scope)
    {
        scope.CheckDeclarations();
        var nodes = new Dictionary<InstanceKey, ResourceNode>();
        foreach (var symbol in InOrder(scope))
        {
            foreach (var instance in scope.Instances(symbol))
            {
                if (symbol.Kind == SymbolKind.Resource)
                {
                    LoadResource(scope, instance, nodes);
                }
                else
                {
                    LoadModule(scope, instance);
                }
            }
        }

        CheckModuleNames(scope);
    }

    // Two modules that deploy to the same scope under the same name replace each other's deployment.
    private void CheckModuleNames(BicepTemplateScope scope)
    {
        var deployments = new Dictionary<DeploymentKey, List<NamedModule>>();
        var inOrder = new List<List<NamedModule>>();
        foreach (var symbol in scope.Model.OfKind(SymbolKind.Module))
        {
            if (scope.ModuleShape(symbol).Loop is null && scope.OpenModule(scope.Instances(symbol)[0]).Name is StringValue name)
            {
                var key = new DeploymentKey(name.Value.ToLowerInvariant(), ScopeKey(scope, symbol));
                if (!deployments.TryGetValue(key, out var same))
                {
                    deployments[key] = same = [];
                    inOrder.Add(same);
                }

                same.Add(new NamedModule(symbol, name));
            }
        }

        foreach (var same in inOrder.Where(s => s.Count > 1))
        {
            foreach (var module in same)
            {
                var at = module.Name.Origin ?? scope.ModuleShape(module.Symbol).Header;
                load.Diagnostics.Add(ModuleDiagnostics.DuplicateModuleName(at, module.Name.Value, same.Select(m => m.Symbol.Name)));
            }
        }
    }

    private sealed record DeploymentKey(string Name, string Scope);

    private sealed record NamedModule(Symbol Symbol, StringValue Name);

    /// <summary>One instance of a resource declaration: the declaration and its loop index (0 outside loops).</summary>
    private sealed record InstanceKey(Symbol Symbol, long Index);

    // The scope a module deploys to, as written: the template's own when it says none.
    private static string ScopeKey(BicepTemplateScope scope, Symbol module) =>
        scope.ModuleShape(module).Property("scope") is { } written
            ? WithoutWhiteSpace(written.ToString()).Replace("az.", "", StringComparison.Ordinal)
            : $"{scope.Model.TargetScope}()";

    private static string WithoutWhiteSpace(string text)
    {
        var kept = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                kept.Append(c);
            }
        }

        return kept.ToString();
    }

    // Source order, with every resource after the resource its parent property names, so that its node can link to it.
    private static List<Symbol> InOrder(BicepTemplateScope scope)
    {
        var ordered = new List<Symbol>();
        var placed = new HashSet<Symbol>();
        void Place(Symbol symbol, int depth)
        {
            if (depth > 16 || !placed.Add(symbol))
            {
                return;
            }

            if (symbol.Kind == SymbolKind.Resource && scope.Resource(symbol).ParentSymbol is { } parent)
            {
                Place(parent, depth + 1);
            }

            ordered.Add(symbol);
        }

        var declared = scope.Model.Resources.Concat(scope.Model.OfKind(SymbolKind.Module)).ToList();
        StableSort.Sort(declared, static (a, b) => a.Declaration.Span.Start.CompareTo(b.Declaration.Span.Start));
        foreach (var symbol in declared)
        {
            Place(symbol, 0);
        }

        return ordered;
    }

    private void LoadResource(BicepTemplateScope scope, BicepTemplateScope.Instance instance, Dictionary<InstanceKey, ResourceNode> nodes)
    {
        var info = scope.Resource(instance.Symbol);
        var condition = Conditions.Both(scope.Module.Condition, ResourceCondition(scope, instance));
        void Load()
        {
            var (node, template) = Node(scope, instance, info, condition, nodes);
            nodes[new InstanceKey(instance.Symbol, Index(instance))] = node;
            resources.Add(node);
            if (template is not null)
            {
                LoadInlineDeployment(scope, node, template, info.Shape.Header);
            }
        }

        // ARM does not evaluate a resource whose condition is false, so what would fail in it is no error.
        if (condition is BooleanValue { Value: false })
        {
            load.Evaluator.Speculate(Load);
        }
        else
        {
            Load();
        }
    }

    // A nested resource is deployed only when its parents are too: the compiler writes and(parent, child).
    private static Value? ResourceCondition(BicepTemplateScope scope, BicepTemplateScope.Instance instance)
    {
        var shape = scope.Resource(instance.Symbol).Shape;
        var own = shape.Condition is { } condition ? scope.Evaluate(condition.Condition, instance.Context) : null;
        return instance.Symbol.Parent is { } parent && scope.Instances(parent).FirstOrDefault() is { } parentInstance
            ? Conditions.Both(ResourceCondition(scope, parentInstance), own)
            : own;
    }

    private static long Index(BicepTemplateScope.Instance instance) => instance.Copy?.Index is IntegerValue i ? i.Value : -1;

    // The node, and the inline template of a deployment resource, which becomes resources of its own.
    private static (ResourceNode Node, ObjectValue? Template) Node(BicepTemplateScope scope, BicepTemplateScope.Instance instance, BicepTemplateScope.ResourceInfo info, Value? condition, Dictionary<InstanceKey, ResourceNode> nodes)
    {
        var shape = info.Shape;
        var evaluated = shape.Body is { } body ? scope.Evaluator.Evaluate(scope.Lowerer.LowerBody(body, info.IsExtension ? ExtensionNotBody : NotBody), instance.Context) : ObjectValue.Empty;
        var name = scope.FullName(instance);
        var parent = scope.ParentInstance(instance) is { } p && nodes.TryGetValue(new InstanceKey(p.Symbol, Index(p)), out var parentNode) ? parentNode : null;
        var template = (ObjectValue?)null;
        if (string.Equals(info.Type.Type, DeploymentType, StringComparison.OrdinalIgnoreCase) && !info.IsExisting && evaluated is ObjectValue declared
            && declared["properties"] is ObjectValue properties && properties.GetEntry("template") is { } templateEntry)
        {
            // As in ARM JSON: the template is not a property rules read; its resources are nodes of their own.
            template = templateEntry.Value as ObjectValue;
            evaluated = declared with { Entries = [.. declared.Entries.Select(e => e.Value == properties ? e with { Value = properties with { Entries = properties.Entries.Remove(templateEntry) } } : e)] };
        }

        var resourceBody = info.IsExtension
            ? ExtensionBody(info.Type, evaluated)
            : Body(info.Type, name, NameKey(shape), evaluated);
        var node = new ResourceNode
        {
            Type = info.IsExtension ? info.Type.Written : info.Type.Type,
            ApiVersion = info.IsExtension ? null : info.Type.ApiVersion,
            Name = info.IsExtension ? new UnknownValue($"the name of extension resource '{instance.Symbol.Name}', which its extension decides", shape.Header) { Origin = shape.Header } : name,
            SymbolicName = instance.Symbol.QualifiedName,
            Body = Described(resourceBody, (StatementSyntax)instance.Symbol.Declaration, scope, instance.Context),
            Declaration = shape.Header,
            Condition = condition,
            Copy = instance.Copy,
            Parent = parent,
            IsExisting = info.IsExisting,
            ModuleTrace = scope.Module.Trace,
            DependsOn = DependsOn(scope, shape, instance),
        };
        return (node, template);
    }

    // An extension resource (Kubernetes, Microsoft Graph) as the compiler writes it: its type with the version, its
    // declared body under "properties".
    private static ObjectValue ExtensionBody(ResourceTypeReference type, Value evaluated) => new(
    [
        new ObjectEntry("type", new StringValue(type.Written) { Origin = type.TypeLocation }, type.TypeLocation),
        new ObjectEntry("properties", evaluated, evaluated.Origin),
    ]) { Origin = evaluated.Origin ?? type.TypeLocation };

    // @description('…') becomes metadata.description, as the compiler writes it.
    private static ObjectValue Described(ObjectValue body, StatementSyntax declaration, BicepTemplateScope scope, EvaluationContext context)
    {
        if (BicepDecorators.Find(declaration, "description") is not [var text])
        {
            return body;
        }

        var description = new ObjectEntry("description", scope.Evaluate(text, context), new SourceLocation(scope.Model.File, text.Span));
        var metadata = body.GetEntry("metadata") is { Value: ObjectValue existing } entry
            ? entry with { Value = existing with { Entries = existing.Entries.Add(description) } }
            : new ObjectEntry("metadata", new ObjectValue([description]) { Origin = description.KeyOrigin }, description.KeyOrigin);
        return body with { Entries = [.. body.Entries.Where(e => !e.Key.Equals("metadata", StringComparison.OrdinalIgnoreCase)), metadata] };
    }

    // The resources of a deployment's inline template, evaluated by the ARM loader with the parameters it passes.
    private void LoadInlineDeployment(BicepTemplateScope scope, ResourceNode deployment, ObjectValue template, SourceLocation at)
    {
        var name = deployment.Name is StringValue s ? s.Value : deployment.SymbolicName ?? "deployment";
        if (InlineTemplate.ToJson(template, at) is not { } json)
        {
            load.Unresolved.Add(new UnresolvedModule(name, $"deployment '{name}' has an inline template that depends on values acrlint does not know", at));
            return;
        }

        var values = ParameterSet.EmptyValues.ToBuilder();
        if ((deployment.Body["properties"] as ObjectValue)?["parameters"] is ObjectValue passed)
        {
            foreach (var entry in passed.Entries)
            {
                var value = (entry.Value as ObjectValue)?["value"] ?? new UnknownValue($"parameter '{entry.Key}', which deployment '{name}' does not pass as a value", entry.KeyOrigin) { Origin = entry.KeyOrigin };
                values[entry.Key] = new SuppliedParameter(entry.Key, value, value.Origin ?? entry.KeyOrigin ?? at, $"value passed by deployment '{name}'");
            }
        }

        var armScope = new ArmTemplateScope(scope.Model.File, json, new ParameterSet($"deployment '{name}'", values.ToImmutable()), load.Evaluator, $"value from deployment '{name}'");
        var trace = scope.Module.Trace.Add(new Hop($"deployment '{name}'", at));
        var graph = ArmTemplateLoader.LoadModule(armScope, json, trace, deployment.Condition, trace.Length, load.Diagnostics, load.LinkedTemplates, load.Policy);
        resources.AddRange(graph.Resources);
        load.Unresolved.AddRange(graph.UnresolvedModules);
    }

    // What rules read: type, apiVersion and the full name first, as in the compiled JSON, then the declared body.
    private static ObjectValue Body(ResourceTypeReference type, Value name, SourceLocation? nameKey, Value evaluated)
    {
        var typeLocation = type.TypeLocation;
        var entries = ImmutableArray.CreateBuilder<ObjectEntry>();
        entries.Add(new ObjectEntry("type", new StringValue(type.Type) { Origin = typeLocation }, typeLocation));
        if (type.ApiVersion is not null)
        {
            entries.Add(new ObjectEntry("apiVersion", new StringValue(type.ApiVersion) { Origin = type.VersionLocation ?? typeLocation }, typeLocation));
        }

        entries.Add(new ObjectEntry("name", name, nameKey ?? typeLocation));
        if (evaluated is ObjectValue declared)
        {
            entries.AddRange(declared.Entries);
        }
        else if (evaluated is UnknownValue unknown)
        {
            // A body built by an unknown spread: its shape is not known.
            entries.Add(new ObjectEntry("properties", unknown, unknown.Origin));
        }

        return new ObjectValue(entries.ToImmutable()) { Origin = evaluated.Origin ?? typeLocation };
    }

    private static SourceLocation? NameKey(DeclarationShape shape) =>
        shape.Body?.Properties.FirstOrDefault(p => p.Key is IdentifierSyntax { Name: "name" }) is { } property
            ? new SourceLocation(shape.Header.File, property.Key.Span)
            : null;

    // dependsOn: [a, b[0], mod]: the IDs of what is named; other entries as written.
    private static ImmutableArray<Value> DependsOn(BicepTemplateScope scope, DeclarationShape shape, BicepTemplateScope.Instance instance)
    {
        if (shape.Property("dependsOn") is not ArraySyntax array)
        {
            return [];
        }

        return [.. array.Items.OfType<ArrayItemSyntax>().Select(item => scope.Lowerer.Lower(item.Value) switch
        {
            SymbolReferenceExpression { Member: null } reference => scope.Evaluator.Evaluate(reference with { Member = "id" }, instance.Context),
            var other => scope.Evaluator.Evaluate(other, instance.Context),
        })];
    }

    private void LoadModule(BicepTemplateScope scope, BicepTemplateScope.Instance instance)
    {
        var module = scope.OpenModule(instance);
        if (module.Condition is BooleanValue { Value: false })
        {
            load.Evaluator.Speculate(() => LoadModuleContent(scope, module));
        }
        else
        {
            LoadModuleContent(scope, module);
        }
    }

    // The deployment the compiler writes for the module, then what the module deploys.
    private void LoadModuleContent(BicepTemplateScope scope, BicepTemplateScope.ModuleInstance module)
    {
        var shape = scope.ModuleShape(module.Instance.Symbol);
        resources.Add(new ResourceNode
        {
            Type = DeploymentType,
            ApiVersion = BicepTemplateScope.DeploymentApiVersion,
            Name = module.Name,
            SymbolicName = module.Instance.Symbol.Name,
            Body = DeploymentBody(scope, shape, module),
            Declaration = shape.Header,
            Condition = module.Condition,
            Copy = module.Instance.Copy,
            ModuleTrace = scope.Module.Trace,
            DependsOn = DependsOn(scope, shape, module.Instance),
        });

        switch (module)
        {
            case { Unresolved: { } unresolved }:
                load.Unresolved.Add(unresolved);
                break;
            case { Bicep: { } nested }:
                LoadScope(nested);
                break;
            case { Json: { } json, JsonTemplate: { } template }:
                var graph = ArmTemplateLoader.LoadModule(json, template, module.Inner.Trace, module.Condition, module.Inner.Depth, load.Diagnostics, load.LinkedTemplates, load.Policy);
                resources.AddRange(graph.Resources);
                load.Unresolved.AddRange(graph.UnresolvedModules);
                foreach (var linked in graph.LinkedFiles)
                {
                    load.LinkedFiles.Add(linked);
                }

                break;
        }
    }

    // { name: { value: v } } for each value a module passes, or { reference: … } for a Key Vault secret.
    private static ObjectValue Passed(BicepTemplateScope scope, ObjectSyntax values, EvaluationContext context)
    {
        var entries = values.Properties.Select(p =>
        {
            var key = new SourceLocation(scope.Model.File, p.Key.Span);
            var (kind, value) = Wrapped(scope, p.Value, context);
            return new ObjectEntry(PropertyName(p), new ObjectValue([new ObjectEntry(kind, value, key)]) { Origin = value.Origin }, key);
        });
        return new ObjectValue([.. entries]) { Origin = new SourceLocation(scope.Model.File, values.Span) };
    }

    private static string PropertyName(ObjectPropertySyntax property) => property.Key switch
    {
        IdentifierSyntax id => id.Name,
        StringSyntax { LiteralValue: { } text } => text,
        _ => "",
    };

    // kv.getSecret('name'[, 'version']) is a Key Vault reference, which the deployment reads; the compiler moves the
    // wrapping into the branches of a ternary, so a decided condition picks the branch's own form.
    private static (string Kind, Value Value) Wrapped(BicepTemplateScope scope, SyntaxElement value, EvaluationContext context)
    {
        switch (value)
        {
            case ParenthesizedExpressionSyntax p:
                return Wrapped(scope, p.Expression, context);
            case TernaryOperationSyntax ternary when scope.Evaluate(ternary.Condition, context) is BooleanValue condition:
                return Wrapped(scope, condition.Value ? ternary.WhenTrue : ternary.WhenFalse, context);
            case InstanceFunctionCallSyntax { Name.Name: "getSecret" } call
                when scope.Lowerer.Lower(call.BaseExpression) is SymbolReferenceExpression { Member: null } vault:
                var at = new SourceLocation(scope.Model.File, call.Span);
                var arguments = call.Arguments.Select(a => scope.Evaluate(a.Expression, context)).ToList();
                var entries = ImmutableArray.CreateBuilder<ObjectEntry>();
                entries.Add(new ObjectEntry("keyVault", new ObjectValue([new ObjectEntry("id", scope.Evaluator.Evaluate(vault with { Member = "id" }, context), at)]) { Origin = at }, at));
                entries.AddRange(arguments.Take(2).Select((argument, i) => new ObjectEntry(i == 0 ? "secretName" : "secretVersion", argument, at)));
                return ("reference", new ObjectValue(entries.ToImmutable()) { Origin = at });
            default:
                return ("value", scope.Evaluate(value, context));
        }
    }

    // { type, apiVersion, name, ...the module's other properties, properties: { expressionEvaluationOptions, mode,
    // parameters: { p: { value } } } }, as the compiler writes a module; parameters only when the module has params.
    private static ObjectValue DeploymentBody(BicepTemplateScope scope, DeclarationShape shape, BicepTemplateScope.ModuleInstance module)
    {
        var at = shape.Header;
        ObjectEntry Entry(string key, Value value, SourceLocation? keyAt = null) => new(key, value, keyAt ?? at);
        StringValue Text(string value) => new(value) { Origin = at };
        var properties = ImmutableArray.CreateBuilder<ObjectEntry>();
        properties.Add(Entry("expressionEvaluationOptions", new ObjectValue([Entry("scope", Text("inner"))]) { Origin = at }));
        properties.Add(Entry("mode", Text("Incremental")));
        if (shape.Property("params") is ObjectSyntax passed)
        {
            properties.Add(Entry("parameters", Passed(scope, passed, module.Instance.Context), new SourceLocation(at.File, passed.Span)));
        }

        if (shape.Property("extensionConfigs") is ObjectSyntax configs)
        {
            var aliases = configs.Properties.Where(p => p.Value is ObjectSyntax).Select(p =>
                new ObjectEntry(PropertyName(p), Passed(scope, (ObjectSyntax)p.Value, module.Instance.Context), new SourceLocation(at.File, p.Key.Span)));
            properties.Add(Entry("extensionConfigs", new ObjectValue([.. aliases]) { Origin = new SourceLocation(at.File, configs.Span) }, new SourceLocation(at.File, configs.Span)));
        }

        var entries = ImmutableArray.CreateBuilder<ObjectEntry>();
        entries.Add(Entry("type", Text(DeploymentType)));
        entries.Add(Entry("apiVersion", Text(BicepTemplateScope.DeploymentApiVersion)));
        entries.Add(Entry("name", module.Name));
        foreach (var property in shape.Body?.Properties ?? [])
        {
            if (property.Key is IdentifierSyntax { Name: var key } && !ModuleKeys.Contains(key))
            {
                entries.Add(Entry(key, scope.Evaluate(property.Value, module.Instance.Context), new SourceLocation(at.File, property.Key.Span)));
            }
        }

        entries.Add(Entry("properties", new ObjectValue(properties.ToImmutable()) { Origin = at }));
        var body = new ObjectValue(entries.ToImmutable()) { Origin = at };
        return Described(body, (StatementSyntax)module.Instance.Symbol.Declaration, scope, module.Instance.Context);
    }
}
