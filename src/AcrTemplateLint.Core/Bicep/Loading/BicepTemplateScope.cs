using System.Collections.Immutable;
using AcrTemplateLint.Bicep.Binding;
using AcrTemplateLint.Bicep.Lowering;
using AcrTemplateLint.Bicep.Syntax;
using AcrTemplateLint.Evaluation;
using AcrTemplateLint.Evaluation.Expressions;
using AcrTemplateLint.Evaluation.Values;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Bicep.Loading;

/// <summary>
/// The declarations of one Bicep file evaluated with one set of parameter values: an entry template, a module
/// instance (with the parameters its caller passes), an imported file, or a .bicepparam file. Parameters get the
/// supplied value, else their default, else null when their type is nullable, else they are Unknown (limited to
/// their @allowed values or literal union type). Everything is evaluated on demand and once.
/// </summary>
public sealed partial class BicepTemplateScope : ITemplateScope
{
    private readonly BicepLoad load;
    private readonly ParameterSet? supplied;
    private readonly string missingValue;
    private readonly Dictionary<string, Value> parameterValues = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Value> variableValues = new(StringComparer.Ordinal);
    private readonly Dictionary<string, UserFunction?> functions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, BicepTemplateScope?> imports = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Symbol> declarations = new(StringComparer.Ordinal);
    private readonly HashSet<string> evaluating = new(StringComparer.Ordinal);

    internal BicepTemplateScope(BicepLoad load, BicepFile file, ParameterSet? supplied, ModuleContext module, string missingValue = "parameter-file value")
    {
        this.load = load;
        this.supplied = supplied;
        this.missingValue = missingValue;
        File = file;
        Module = module;
        Lowerer = load.Lowerer(file);
        Context = new EvaluationContext(this);
        Deployment = new DeploymentContext(Model.TargetScope);
        foreach (var symbol in Model.Resources.Concat(Model.OfKind(SymbolKind.Module)).Concat(Model.OfKind(SymbolKind.WildcardImport)))
        {
            declarations.TryAdd(symbol.QualifiedName, symbol);
        }
    }

    public BicepFile File { get; }

    public SemanticModel Model => File.Model;

    public BicepLowerer Lowerer { get; }

    public Evaluator Evaluator => load.Evaluator;

    public EvaluationContext Context { get; }

    public DeploymentContext Deployment { get; }

    /// <summary>How this file is deployed: the module calls that lead to it, and their combined condition.</summary>
    internal ModuleContext Module { get; }

    public IEnumerable<string> ParameterNames => Model.OfKind(SymbolKind.Parameter).Select(p => p.Name);

    /// <summary>The parameters that get no value at all: nothing supplied, no default, not nullable.</summary>
    public IEnumerable<Symbol> ParametersWithoutValue() => Model.OfKind(SymbolKind.Parameter)
        .Where(p => supplied?.Values.ContainsKey(p.Name) != true && p.Declaration is ParameterDeclarationSyntax { DefaultValue: null } d && !BicepTypes.IsNullable(d.Type, Model));

    public Value Evaluate(SyntaxElement syntax, EvaluationContext? context = null) => Evaluator.Evaluate(Lowerer.Lower(syntax), context ?? Context);

    public Value GetParameter(string name, SourceLocation? useSite)
    {
        switch (Model.Lookup(name))
        {
            case { Kind: SymbolKind.ParameterAssignment, Declaration: ParameterAssignmentSyntax assignment } symbol:
                // A .bicepparam file's own assignment, read by another assignment.
                return Memoized(parameterValues, name, "parameter", useSite, () => Evaluate(assignment.Value))
                    .At(useSite, [new Hop($"parameter '{name}' assigned here", symbol.NameLocation)]);
            case { Kind: SymbolKind.Parameter, Declaration: ParameterDeclarationSyntax declaration } symbol:
                // A null value counts as none: the default applies, as in ARM.
                if (supplied?.Values.TryGetValue(name, out var value) == true && (value.Value is not NullValue || declaration.DefaultValue is null))
                {
                    return value.Value.At(useSite, [Declared(symbol), new Hop(value.Description, value.Location)]);
                }

                // Only the hops a value keeps are made: a known default (the usual case) keeps none.
                var resolved = Memoized(parameterValues, name, "parameter", useSite, () => ResolveDefault(symbol, declaration));
                return resolved.At(useSite, resolved is UnknownValue ? [Declared(symbol)] : []);
            default:
                return new UnknownValue($"the undeclared parameter '{name}'", useSite) { Origin = useSite };
        }
    }

    private static Hop Declared(Symbol parameter) => new($"parameter '{parameter.Name}' declared here", parameter.NameLocation);

    private Value ResolveDefault(Symbol symbol, ParameterDeclarationSyntax declaration)
    {
        if (declaration.DefaultValue is { } defaultValue)
        {
            var value = Evaluate(defaultValue.Value);
            var at = Model.Locate(defaultValue.Value);
            if (BicepTypes.IsLiteralValue(defaultValue.Value))
            {
                Evaluator.Diagnostics.AddRange(ParameterChecks.Check(declaration, symbol.Name, value, at, syntax => Evaluate(syntax)));
            }

            return value.At(null, [new Hop($"default value of parameter '{symbol.Name}'", at)]);
        }

        if (BicepTypes.IsNullable(declaration.Type, Model))
        {
            return new NullValue { Origin = symbol.NameLocation };
        }

        return new UnknownValue($"parameter '{symbol.Name}', which has no default value and no {missingValue}", symbol.NameLocation)
        {
            Candidates = AllowedValues(declaration),
        };
    }

    // @allowed([...]) or a union of literal types ('Basic' | 'Premium'): the compiler writes both as allowedValues.
    private ImmutableArray<Value> AllowedValues(ParameterDeclarationSyntax declaration)
    {
        if (BicepDecorators.Find(declaration, "allowed") is [var list])
        {
            return Evaluate(list) is ArrayValue allowed ? allowed.Items : [];
        }

        return declaration.Type is UnionTypeSyntax union && union.Members.All(BicepTypes.IsLiteral)
            ? [.. union.Members.Select(member => Evaluate(member))]
            : [];
    }

    public Value GetVariable(string name, SourceLocation? useSite)
    {
        switch (Model.Lookup(name))
        {
            case { Kind: SymbolKind.Variable, Declaration: VariableDeclarationSyntax declaration } symbol:
                return Memoized(variableValues, name, "variable", useSite, () => Evaluate(declaration.Value))
                    .At(useSite, [new Hop($"variable '{name}' declared here", symbol.NameLocation)]);
            case { Kind: SymbolKind.ImportedSymbol, Import: { OriginalName: { } original } import } symbol:
                return Imported(import) is { } scope
                    ? scope.Exported(original, symbol.NameLocation).At(useSite, [new Hop($"'{original}' imported from '{import.Path}'", symbol.NameLocation)])
                    : new UnknownValue($"'{name}', imported from '{import.Path}', which acrlint cannot read", symbol.NameLocation) { Origin = useSite };
            default:
                return new UnknownValue($"the undeclared variable '{name}'", useSite) { Origin = useSite };
        }
    }

    // An exported variable of this file, for a file that imports it.
    private Value Exported(string name, SourceLocation importedAt)
    {
        if (Model.Lookup(name) is { Kind: SymbolKind.Variable or SymbolKind.ImportedSymbol })
        {
            return GetVariable(name, null);
        }

        load.Evaluator.Diagnostics.Add(ModuleDiagnostics.NotExported(importedAt, name, Model.File.DisplayPath));
        return new UnknownValue($"'{name}', which {Model.File.DisplayPath} does not export", importedAt) { Origin = importedAt };
    }

    public UserFunction? GetFunction(string? ns, string name)
    {
        var key = $"{ns}.{name}";
        if (!functions.TryGetValue(key, out var function))
        {
            function = ResolveFunction(ns, name);
            functions[key] = function;
        }

        return function;
    }

    private UserFunction? ResolveFunction(string? ns, string name)
    {
        if (ns != BicepLowerer.UserFunctionNamespace)
        {
            // ns.fn() through a wildcard import: the function of that file.
            return Model.Lookup(ns ?? "") is { Kind: SymbolKind.WildcardImport, Import: { } wildcard } symbol
                ? Imported(wildcard)?.GetFunction(BicepLowerer.UserFunctionNamespace, name)
                : null;
        }

        switch (Model.Lookup(name))
        {
            case { Kind: SymbolKind.Function, Declaration: FunctionDeclarationSyntax { Lambda: TypedLambdaSyntax lambda } } symbol:
                var parameters = lambda.Variables is TypedVariableBlockSyntax block ? block.Variables.Select(v => v.Name.Name).ToImmutableArray() : [];
                return new UserFunction($"{BicepLowerer.UserFunctionNamespace}.{name}", parameters, Lowerer.Lower(lambda.Body), symbol.NameLocation) { Scope = this };
            case { Kind: SymbolKind.ImportedSymbol, Import: { OriginalName: { } original } import } symbol:
                return Imported(import)?.GetFunction(BicepLowerer.UserFunctionNamespace, original);
            default:
                return null;
        }
    }

    public Value GetSymbol(string name, Value? index, string? member, SourceLocation? useSite)
    {
        if (!declarations.TryGetValue(name, out var symbol))
        {
            return new UnknownValue($"'{name}', which is not a resource or module of this template", useSite) { Origin = useSite };
        }

        return symbol.Kind switch
        {
            SymbolKind.Resource => ResourceMember(symbol, index, member, useSite),
            SymbolKind.Module => ModuleMember(symbol, index, member, useSite),
            _ when symbol.Import is { } import && member is not null => Imported(import) is { } scope
                ? scope.Exported(member, useSite ?? symbol.NameLocation).At(useSite, [new Hop($"'{member}' imported from '{import.Path}'", symbol.NameLocation)])
                : new UnknownValue($"'{name}.{member}', imported from '{import.Path}', which acrlint cannot read", symbol.NameLocation) { Origin = useSite },
            _ => new UnknownValue($"the namespace '{name}' used as a value", useSite) { Origin = useSite },
        };
    }

    /// <summary>
    /// Checks a literal value given to parameter <paramref name="name"/> (by a module or a .bicepparam file) against its
    /// declaration, as the compiler checks literals; computed values are checked only by the deployment.
    /// </summary>
    internal void CheckSupplied(string name, SyntaxElement syntax, Value value, SourceLocation at)
    {
        if (Model.Lookup(name) is { Kind: SymbolKind.Parameter, Declaration: ParameterDeclarationSyntax declaration } && BicepTypes.IsLiteralValue(syntax))
        {
            load.Diagnostics.AddRange(ParameterChecks.Check(declaration, name, value, at, s => Evaluate(s)));
        }
    }

    /// <summary>
    /// What the compiler checks whether or not anything uses it: every parameter default (against its decorators),
    /// every expression's compile-time functions (loadTextContent() reads its file), every import.
    /// </summary>
    public void CheckDeclarations()
    {
        if (!load.FirstCheck(Model.File))
        {
            return;
        }

        load.Diagnostics.AddRange(DeployTimeCheck.Check(Lowerer));
        foreach (var statement in Model.Program.Declarations)
        {
            switch (statement)
            {
                case ParameterDeclarationSyntax { DefaultValue: not null } parameter when Model.Lookup(parameter.Name.Name)?.Declaration == parameter:
                    GetParameter(parameter.Name.Name, null);
                    break;
                case VariableDeclarationSyntax variable:
                    Lowerer.Lower(variable.Value);
                    break;
                case OutputDeclarationSyntax output:
                    Lowerer.Lower(output.Value);
                    break;
                case ImportDeclarationSyntax:
                    foreach (var imported in Model.Symbols.Where(s => s.Declaration == statement))
                    {
                        if (imported.Import is { } import)
                        {
                            Imported(import);
                        }
                    }

                    break;
            }
        }
    }

    /// <summary>The template's outputs, evaluated: what a module gives back to its caller.</summary>
    public ObjectValue EvaluateOutputs()
    {
        var entries = ImmutableArray.CreateBuilder<ObjectEntry>();
        foreach (var output in Model.OfKind(SymbolKind.Output))
        {
            if (output.Declaration is OutputDeclarationSyntax declaration)
            {
                // A resource-typed output gives the resource's ID, as the compiler writes it.
                var value = declaration.Type is ResourceTypeSyntax && Lowerer.Lower(declaration.Value) is SymbolReferenceExpression { Member: null } reference
                    ? Evaluator.Evaluate(reference with { Member = "id" }, Context)
                    : Evaluate(declaration.Value);
                entries.Add(new ObjectEntry(output.Name, value, output.NameLocation));
            }
        }

        return new ObjectValue(entries.ToImmutable()) { Origin = new SourceLocation(Model.File, new TextSpan(0, 0)) };
    }

    // The scope of an imported file: its exported variables and functions, evaluated without parameters.
    private BicepTemplateScope? Imported(ImportInfo import)
    {
        if (imports.TryGetValue(import.Path, out var scope))
        {
            return scope;
        }

        imports[import.Path] = null;
        scope = OpenImport(import);
        imports[import.Path] = scope;
        return scope;
    }

    private BicepTemplateScope? OpenImport(ImportInfo import)
    {
        if (ModuleReference.IsRegistry(import.Path))
        {
            load.Diagnostics.Add(ModuleDiagnostics.RegistryModule(import.PathLocation, import.Path));
            return null;
        }

        // Symbols exported by a compiled ARM template are not read; what they give is Unknown.
        if (ModuleReference.IsJson(import.Path))
        {
            return null;
        }

        if (load.Policy.Resolve(Model.File.FullPath, import.Path, out var fullPath) is { } refusal)
        {
            load.Diagnostics.Add(LoweringDiagnostics.PathOutsideRoot(import.PathLocation, import.Path, refusal));
            return null;
        }

        if (Module.Chain.Contains(fullPath))
        {
            return null;
        }

        var loaded = load.Files.Bicep(fullPath, DisplayPathBeside(import.Path));
        if (loaded.Value is not { } file)
        {
            load.Diagnostics.Add(ModuleDiagnostics.ModuleNotFound(import.PathLocation, import.Path, loaded.Error ?? "unknown error"));
            return null;
        }

        load.ReportFileDiagnostics(fullPath, file.Diagnostics);
        if (file.Diagnostics.Any(d => d.Level == Diagnostics.DiagnosticLevel.Error))
        {
            load.Diagnostics.Add(ModuleDiagnostics.ImportHasErrors(import.PathLocation, import.Path));
        }

        return new BicepTemplateScope(load, file, null, Module with { Chain = Module.Chain.Add(fullPath) });
    }

    private string DisplayPathBeside(string path) => Arm.TemplateFileCache.DisplayPathBeside(Model.File.DisplayPath, path);

    // A parameter default or variable that refers back to itself is a template error, not a stack overflow.
    private Value Memoized(Dictionary<string, Value> cache, string name, string kind, SourceLocation? useSite, Func<Value> evaluate)
    {
        if (cache.TryGetValue(name, out var value))
        {
            return value;
        }

        value = Evaluator.Certainly(() => Guarded($"{kind}:{name}", $"{kind} '{name}'", useSite, evaluate));
        cache[name] = value;
        return value;
    }

    private Value Guarded(string key, string what, SourceLocation? useSite, Func<Value> evaluate)
    {
        if (!evaluating.Add(key))
        {
            // The binder has reported the cycle; the value is simply not known.
            return new UnknownValue($"{what}, which depends on itself", useSite) { Origin = useSite };
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
}
