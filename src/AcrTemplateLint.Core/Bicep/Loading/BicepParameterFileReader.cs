using AcrTemplateLint.Bicep.Binding;
using AcrTemplateLint.Bicep.Lowering;
using AcrTemplateLint.Bicep.Syntax;
using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Evaluation;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Bicep.Loading;

/// <summary>
/// Reads a .bicepparam file: the template its <c>using</c> names, and its parameter values, evaluated as the
/// compiler evaluates them (variables, imports and functions included; environment variables, external inputs and
/// Key Vault secrets are Unknown). Values of a file it <c>extends</c> apply unless it assigns them itself.
/// </summary>
public static class BicepParameterFileReader
{
    private const int MaxExtends = 16;

    /// <summary>The parameter set, and the full path of the template it is for (null for <c>using none</c>).</summary>
    public static (string? TemplatePath, ParameterSet Parameters) Read(BicepFile file, BicepFileCache files, FileAccessPolicy policy, DiagnosticBag diagnostics)
    {
        var values = ParameterSet.EmptyValues.ToBuilder();
        Collect(file, files, policy, diagnostics, values, 0);
        return (UsingPath(file, policy, diagnostics), new ParameterSet(file.Source.DisplayPath, values.ToImmutable()));
    }

    /// <summary>
    /// Checks a .bicepparam file's values against the template its using names, as the compiler does: every
    /// parameter the template requires is assigned, nothing undeclared is, and each known value fits its
    /// declaration (type, @allowed, @minValue…).
    /// </summary>
    public static void Check(BicepFile parameterFile, ParameterSet parameters, BicepFile template, BicepFileCache files, FileAccessPolicy policy, DiagnosticBag diagnostics)
    {
        var load = new BicepLoad(diagnostics, files, policy);
        var scope = new BicepTemplateScope(load, template, parameters, ModuleContext.Entry(template.Source.FullPath));
        foreach (var supplied in parameters.Values.Values)
        {
            if (template.Model.Lookup(supplied.Name) is { Kind: SymbolKind.Parameter })
            {
                if (parameterFile.Model.Lookup(supplied.Name) is { Declaration: ParameterAssignmentSyntax assignment })
                {
                    scope.CheckSupplied(supplied.Name, assignment.Value, supplied.Value, supplied.Location);
                }
            }
            else
            {
                diagnostics.Add(Arm.ArmDiagnostics.UnknownParameter(supplied.Location, supplied.Name, template.Source.DisplayPath));
            }
        }

        var missing = scope.ParametersWithoutValue().Select(p => p.Name).ToList();
        if (missing.Count > 0 && parameterFile.Model.Program.Declarations.OfType<UsingDeclarationSyntax>().FirstOrDefault() is { } usingDeclaration)
        {
            diagnostics.Add(ModuleDiagnostics.MissingAssignment(parameterFile.Model.Locate(usingDeclaration.Path), missing));
        }
    }

    private static string? UsingPath(BicepFile file, FileAccessPolicy policy, DiagnosticBag diagnostics)
    {
        if (file.Model.Program.Declarations.OfType<UsingDeclarationSyntax>().FirstOrDefault() is not { Path: StringSyntax { LiteralValue: { } path } pathSyntax })
        {
            return null;
        }

        var at = file.Model.Locate(pathSyntax);
        if (path.Length == 0)
        {
            diagnostics.Add(ModuleDiagnostics.UsingNotFound(at, path, "the using declaration names no file"));
            return null;
        }

        if (ModuleReference.IsRegistry(path))
        {
            diagnostics.Add(ModuleDiagnostics.UsingNotFound(at, path, "it is in a registry or template spec, which acrlint does not fetch"));
            return null;
        }

        if (policy.Resolve(file.Source.FullPath, path, out var fullPath) is { } refusal)
        {
            diagnostics.Add(LoweringDiagnostics.PathOutsideRoot(at, path, refusal));
            return null;
        }

        if (!File.Exists(fullPath))
        {
            diagnostics.Add(ModuleDiagnostics.UsingNotFound(at, path, "the file does not exist"));
            return null;
        }

        return fullPath;
    }

    private static void Collect(BicepFile file, BicepFileCache files, FileAccessPolicy policy, DiagnosticBag diagnostics, System.Collections.Immutable.ImmutableDictionary<string, SuppliedParameter>.Builder values, int depth)
    {
        var load = new BicepLoad(diagnostics, files, policy);
        var scope = new BicepTemplateScope(load, file, null, ModuleContext.Entry(file.Source.FullPath));
        scope.CheckDeclarations();
        foreach (var assignment in file.Model.OfKind(SymbolKind.ParameterAssignment))
        {
            if (assignment.Declaration is ParameterAssignmentSyntax syntax)
            {
                var location = file.Model.Locate(syntax.Value);
                values[assignment.Name] = new SuppliedParameter(assignment.Name, scope.Evaluate(syntax.Value), location, $"value of parameter '{assignment.Name}' in {file.Source.DisplayPath}");
            }
        }

        foreach (var extends in file.Model.Program.Declarations.OfType<ExtendsDeclarationSyntax>())
        {
            if (extends.Path is not StringSyntax { LiteralValue: { } path } pathSyntax || depth >= MaxExtends)
            {
                continue;
            }

            var at = file.Model.Locate(pathSyntax);
            if (policy.Resolve(file.Source.FullPath, path, out var fullPath) is { } refusal)
            {
                diagnostics.Add(LoweringDiagnostics.PathOutsideRoot(at, path, refusal));
                continue;
            }

            var loaded = files.Bicep(fullPath, Arm.TemplateFileCache.DisplayPathBeside(file.Source.DisplayPath, path), isParameterFile: true);
            if (loaded.Value is not { } baseFile)
            {
                diagnostics.Add(ModuleDiagnostics.ModuleNotFound(at, path, loaded.Error ?? "unknown error"));
                continue;
            }

            diagnostics.AddRange(baseFile.Diagnostics);
            var inherited = ParameterSet.EmptyValues.ToBuilder();
            Collect(baseFile, files, policy, diagnostics, inherited, depth + 1);
            foreach (var (name, value) in inherited)
            {
                values.TryAdd(name, value);
            }
        }
    }
}
