using AcrTemplateLint.Arm;
using AcrTemplateLint.Arm.Json;
using AcrTemplateLint.Bicep.Binding;
using AcrTemplateLint.Bicep.Lowering;
using AcrTemplateLint.Bicep.Syntax;
using AcrTemplateLint.Evaluation;
using AcrTemplateLint.Evaluation.Values;
using AcrTemplateLint.Graph;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Bicep.Loading;

/// <summary>
/// Modules: each instance of a module declaration opens the module's file (a Bicep file, or ARM JSON through the
/// ARM loader) in a scope of its own, with the parameters the instance passes; its outputs are what
/// <c>mod.outputs.x</c> reads. Registry and template-spec modules are never fetched: they stay unresolved.
/// </summary>
public sealed partial class BicepTemplateScope
{
    /// <summary>The API version the compiler gives the deployments it writes for modules.</summary>
    public const string DeploymentApiVersion = "2022-09-01";

    private readonly Dictionary<Symbol, DeclarationShape> moduleShapes = [];
    private readonly Dictionary<Instance, ModuleInstance> modules = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Instance, Value> outputs = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// One instance of a module: its deployment name, condition and parameters, and the scope its file is evaluated
    /// in; <see cref="Unresolved"/> says why there is none.
    /// </summary>
    internal sealed record ModuleInstance(Instance Instance, Value Name, Value? Condition, ObjectValue Parameters, ModuleContext Inner)
    {
        public BicepTemplateScope? Bicep { get; init; }

        public ArmTemplateScope? Json { get; init; }

        public JsonObject? JsonTemplate { get; init; }

        public UnresolvedModule? Unresolved { get; init; }
    }

    internal DeclarationShape ModuleShape(Symbol symbol)
    {
        if (!moduleShapes.TryGetValue(symbol, out var shape))
        {
            shape = DeclarationShape.Of(symbol, Model.File);
            moduleShapes[symbol] = shape;
        }

        return shape;
    }

    /// <summary>The module instance, opened on first use (by the graph, or by a reference to its outputs).</summary>
    internal ModuleInstance OpenModule(Instance instance)
    {
        if (modules.TryGetValue(instance, out var opened))
        {
            return opened;
        }

        var symbol = instance.Symbol;
        var shape = ModuleShape(symbol);
        var condition = Conditions.Both(Module.Condition, Condition(shape, instance));
        var name = shape.Property("name") is { } nameSyntax
            ? Evaluate(nameSyntax, instance.Context)
            : new UnknownValue($"the deployment name the compiler generates for module '{symbol.Name}', which depends on deployment().name", shape.Header) { Origin = shape.Header };
        var parameters = shape.Property("params") is { } paramsSyntax ? Evaluate(paramsSyntax, instance.Context) : ObjectValue.Empty;
        var trace = Module.Trace.Add(new Hop($"module '{symbol.Name}'", shape.Header));
        var module = new ModuleInstance(instance, name, condition, parameters as ObjectValue ?? ObjectValue.Empty, new ModuleContext(trace, condition, Module.Chain));

        // Nothing a module whose condition is false would fail on is an error: ARM does not deploy it.
        module = condition is BooleanValue { Value: false }
            ? Evaluator.Speculate(() => Resolve(module, shape, parameters))
            : Resolve(module, shape, parameters);
        modules[instance] = module;
        return module;
    }

    private Value? Condition(DeclarationShape shape, Instance instance) =>
        shape.Condition is { } condition ? Evaluate(condition.Condition, instance.Context) : null;

    private ModuleInstance Resolve(ModuleInstance module, DeclarationShape shape, Value parameters)
    {
        var declaration = (ModuleDeclarationSyntax)module.Instance.Symbol.Declaration;
        var pathLocation = Model.Locate(declaration.Path);
        if (declaration.Path is not StringSyntax { LiteralValue: { } path })
        {
            Evaluator.Diagnostics.Add(ModuleDiagnostics.InvalidModule(pathLocation, "the module path must be a string without interpolation"));
            return Unresolved(module, "a module path that is not a plain string", "module path", pathLocation);
        }

        if (ModuleReference.IsRegistry(path))
        {
            Evaluator.Diagnostics.Add(ModuleDiagnostics.RegistryModule(pathLocation, path));
            return Unresolved(module, $"module '{module.Instance.Symbol.Name}' comes from a registry or template spec, which acrlint does not fetch", path, pathLocation);
        }

        if (load.Policy.Resolve(Model.File.FullPath, path, out var fullPath) is { } refusal)
        {
            Evaluator.Diagnostics.Add(LoweringDiagnostics.PathOutsideRoot(pathLocation, path, refusal));
            return Unresolved(module, "a module outside the scanned root", path, pathLocation);
        }

        if (Module.Chain.Contains(fullPath, StringComparer.Ordinal) || module.Inner.Depth > EvaluationLimits.MaxDeploymentDepth)
        {
            Evaluator.Diagnostics.Add(ModuleDiagnostics.ModuleCycle(pathLocation, path));
            return Unresolved(module, "a module that deploys itself", path, pathLocation);
        }

        var inner = module.Inner with { Chain = Module.Chain.Add(fullPath) };
        var values = Supplied(module, parameters);
        var description = $"value from module '{module.Instance.Symbol.Name}'";
        if (ModuleReference.IsJson(path))
        {
            var json = load.Files.Json(fullPath, DisplayPathBeside(path));
            load.ReportFileDiagnostics(fullPath, json.Diagnostics);
            if (json.Value is not { } template)
            {
                Evaluator.Diagnostics.Add(ModuleDiagnostics.ModuleNotFound(pathLocation, path, json.Error ?? "unknown error"));
                return Unresolved(module, "a module that cannot be read", path, pathLocation);
            }

            load.LinkedFiles.Add(fullPath);
            var scope = new ArmTemplateScope(template.File, template.Root, values, Evaluator, description);
            CheckParameters(module, values, scope.ParameterNames, scope.ParametersWithoutValue(), shape);
            return module with { Json = scope, JsonTemplate = template.Root, Inner = inner };
        }

        var bicep = load.Files.Bicep(fullPath, DisplayPathBeside(path));
        if (bicep.Value is not { } file)
        {
            Evaluator.Diagnostics.Add(ModuleDiagnostics.ModuleNotFound(pathLocation, path, bicep.Error ?? "unknown error"));
            return Unresolved(module, "a module that cannot be read", path, pathLocation);
        }

        load.ReportFileDiagnostics(fullPath, file.Diagnostics);
        load.LinkedFiles.Add(fullPath);
        var nested = new BicepTemplateScope(load, file, values, inner, description);
        CheckParameters(module, values, nested.ParameterNames, nested.ParametersWithoutValue().Select(p => p.Name), shape);
        if (shape.Property("params") is ObjectSyntax passed)
        {
            foreach (var property in passed.Properties)
            {
                if (property.Key is IdentifierSyntax { Name: var name } && values.Values.TryGetValue(name, out var value))
                {
                    nested.CheckSupplied(name, property.Value, value.Value, value.Location);
                }
            }
        }
        return module with { Bicep = nested, Inner = inner };
    }

    private ModuleInstance Unresolved(ModuleInstance module, string reason, string reference, SourceLocation at) =>
        module with { Unresolved = new UnresolvedModule(reference, reason, at) };

    // params: { name: value } as parameter values, each pointing at where the caller wrote it.
    private static ParameterSet Supplied(ModuleInstance module, Value parameters)
    {
        var symbol = module.Instance.Symbol;
        var description = $"value passed by module '{symbol.Name}'";
        var values = ParameterSet.EmptyValues.ToBuilder();
        if (parameters is ObjectValue passed)
        {
            foreach (var entry in passed.Entries)
            {
                var location = entry.Value.Origin ?? entry.KeyOrigin ?? module.Inner.Trace[^1].Location;
                values[entry.Key] = new SuppliedParameter(entry.Key, entry.Value, location, description);
            }
        }

        return new ParameterSet($"module '{symbol.Name}'", values.ToImmutable());
    }

    private void CheckParameters(ModuleInstance module, ParameterSet values, IEnumerable<string> declared, IEnumerable<string> missing, DeclarationShape shape)
    {
        var name = module.Instance.Symbol.Name;
        var names = declared.ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var supplied in values.Values.Values.Where(v => !names.Contains(v.Name)))
        {
            Evaluator.Diagnostics.Add(ModuleDiagnostics.UndeclaredModuleParameter(supplied.Location, name, supplied.Name));
        }

        // Unknown parameters passed as a whole (params: someObject) may hold any name: nothing is certainly missing.
        if (module.Parameters.Entries.IsEmpty && shape.Property("params") is { } passed && Evaluate(passed, module.Instance.Context) is UnknownValue)
        {
            return;
        }

        foreach (var parameter in missing)
        {
            Evaluator.Diagnostics.Add(ModuleDiagnostics.MissingModuleParameter(shape.Header, name, parameter));
        }
    }

    private Value ModuleMember(Symbol symbol, Value? index, string? member, SourceLocation? useSite)
    {
        var what = $"module '{symbol.Name}'";
        if (InstanceAt(symbol, index) is not { } instance)
        {
            return NoInstance(symbol, index, $"'{member}' of", useSite);
        }

        var module = OpenModule(instance);
        return member switch
        {
            "name" => module.Name.At(useSite, []),
            "outputs" => Outputs(module).At(useSite, []),
            _ => new UnknownValue($"'{member}' of {what}, which the deployment reads", ModuleShape(symbol).Header) { Origin = useSite },
        };
    }

    // Evaluated once per module instance, whoever reads them first.
    private Value Outputs(ModuleInstance module)
    {
        if (outputs.TryGetValue(module.Instance, out var value))
        {
            return value;
        }

        var header = ModuleShape(module.Instance.Symbol).Header;
        value = module switch
        {
            { Bicep: { } scope } => scope.EvaluateOutputs(),
            { Json: { } scope, JsonTemplate: { } template } => scope.EvaluateOutputs(template),
            _ => new UnknownValue($"the outputs of module '{module.Instance.Symbol.Name}', {module.Unresolved?.Reason ?? "which acrlint cannot read"}", header) { Origin = header },
        };
        outputs[module.Instance] = value;
        return value;
    }
}
