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
        var nodes = new Dictionary<(Symbol, long), ResourceNode>();
        var declarations = scope.Model.Resources.Concat(scope.Model.OfKind(SymbolKind.Module))
            .OrderBy(s => s.Parent is null ? s.Declaration.Span.Start : Root(s).Declaration.Span.Start)
            .ThenBy(s => s.Declaration.Span.Start);
        foreach (var symbol in declarations)
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
    }

    private static Symbol Root(Symbol symbol) => symbol.Parent is { } parent ? Root(parent) : symbol;

    private void LoadResource(BicepTemplateScope scope, BicepTemplateScope.Instance instance, Dictionary<(Symbol, long), ResourceNode> nodes)
    {
        var info = scope.Resource(instance.Symbol);
        var condition = Conditions.Both(scope.Module.Condition, ResourceCondition(scope, instance));
        var node = condition is BooleanValue { Value: false }
            ? load.Evaluator.Speculate(() => Node(scope, instance, info, condition, nodes))
            : Node(scope, instance, info, condition, nodes);
        nodes[(instance.Symbol, Index(instance))] = node;
        resources.Add(node);
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

    private ResourceNode Node(BicepTemplateScope scope, BicepTemplateScope.Instance instance, BicepTemplateScope.ResourceInfo info, Value? condition, Dictionary<(Symbol, long), ResourceNode> nodes)
    {
        var shape = info.Shape;
        var evaluated = shape.Body is { } body ? scope.Evaluator.Evaluate(scope.Lowerer.LowerBody(body, NotBody), instance.Context) : ObjectValue.Empty;
        var name = scope.FullName(instance);
        var parent = scope.ParentInstance(instance) is { } p && nodes.TryGetValue((p.Symbol, Index(p)), out var parentNode) ? parentNode : null;
        return new ResourceNode
        {
            Type = info.Type.Type,
            ApiVersion = info.Type.ApiVersion,
            Name = name,
            SymbolicName = instance.Symbol.QualifiedName,
            Body = Body(info.Type, name, NameKey(shape), evaluated),
            Declaration = shape.Header,
            Condition = condition,
            Copy = instance.Copy,
            Parent = parent,
            IsExisting = info.IsExisting,
            ModuleTrace = scope.Module.Trace,
            DependsOn = DependsOn(scope, shape, instance),
        };
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
            Body = DeploymentBody(shape, module),
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

    // { type, apiVersion, name, properties: { expressionEvaluationOptions, mode, parameters: { p: { value } } } }
    private static ObjectValue DeploymentBody(DeclarationShape shape, BicepTemplateScope.ModuleInstance module)
    {
        var at = shape.Header;
        ObjectEntry Entry(string key, Value value, SourceLocation? keyAt = null) => new(key, value, keyAt ?? at);
        StringValue Text(string value) => new(value) { Origin = at };
        var parameters = module.Parameters.Entries.Select(e => e with { Value = new ObjectValue([Entry("value", e.Value, e.KeyOrigin)]) { Origin = e.Value.Origin } });
        var properties = new ObjectValue(
        [
            Entry("expressionEvaluationOptions", new ObjectValue([Entry("scope", Text("inner"))]) { Origin = at }),
            Entry("mode", Text("Incremental")),
            Entry("parameters", new ObjectValue([.. parameters]) { Origin = module.Parameters.Origin ?? at }, shape.Property("params") is { } p ? new SourceLocation(at.File, p.Span) : at),
        ]) { Origin = at };
        return new ObjectValue(
        [
            Entry("type", Text(DeploymentType)),
            Entry("apiVersion", Text(BicepTemplateScope.DeploymentApiVersion)),
            Entry("name", module.Name),
            Entry("properties", properties),
        ]) { Origin = at };
    }
}
