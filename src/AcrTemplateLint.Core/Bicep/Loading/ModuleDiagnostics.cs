using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Bicep.Loading;

/// <summary>ATL122x: modules, imports and parameter files that a Bicep template refers to.</summary>
public static class ModuleDiagnostics
{
    public const string ModuleNotFoundCode = "ATL1220";
    public const string ModuleCycleCode = "ATL1221";
    public const string RegistryModuleCode = "ATL1222";
    public const string UndeclaredModuleParameterCode = "ATL1223";
    public const string MissingModuleParameterCode = "ATL1224";
    public const string InvalidModuleCode = "ATL1225";
    public const string UsingNotFoundCode = "ATL1226";
    public const string NotExportedCode = "ATL1227";
    public const string ParameterConstraintCode = "ATL1228";
    public const string DuplicateModuleNameCode = "ATL1229";
    public const string MissingAssignmentCode = "ATL1230";
    public const string TypeMismatchCode = "ATL1231";
    public const string ImportHasErrorsCode = "ATL1232";

    public static Diagnostic ModuleNotFound(SourceLocation at, string path, string reason) =>
        new(ModuleNotFoundCode, DiagnosticLevel.Error, $"The module '{path}' cannot be read: {reason}.", at);

    public static Diagnostic ModuleCycle(SourceLocation at, string path) =>
        new(ModuleCycleCode, DiagnosticLevel.Error, $"The module '{path}' deploys itself, directly or through other modules; it is not analysed again.", at);

    public static Diagnostic RegistryModule(SourceLocation at, string reference) =>
        new(RegistryModuleCode, DiagnosticLevel.Info,
            $"The module '{reference}' comes from a registry or a template spec, which acrlint does not fetch (it never goes to the network); results that depend on it are indeterminate.", at);

    public static Diagnostic UndeclaredModuleParameter(SourceLocation at, string module, string name) =>
        new(UndeclaredModuleParameterCode, DiagnosticLevel.Error, $"Module '{module}' passes parameter '{name}', which its template does not declare; the deployment would fail.", at);

    public static Diagnostic MissingModuleParameter(SourceLocation at, string module, string name) =>
        new(MissingModuleParameterCode, DiagnosticLevel.Error,
            $"Module '{module}' passes no value for parameter '{name}', which has no default value; the deployment would fail.", at);

    public static Diagnostic InvalidModule(SourceLocation at, string message) =>
        new(InvalidModuleCode, DiagnosticLevel.Error, $"Invalid module: {message}.", at);

    public static Diagnostic UsingNotFound(SourceLocation at, string path, string reason) =>
        new(UsingNotFoundCode, DiagnosticLevel.Error, $"The template '{path}' that this parameter file is for cannot be used: {reason}.", at);

    public static Diagnostic NotExported(SourceLocation at, string name, string path) =>
        new(NotExportedCode, DiagnosticLevel.Error, $"'{name}' is not declared in '{path}', or not with @export(); it cannot be imported.", at);

    public static Diagnostic ParameterConstraint(SourceLocation at, string parameter, string message) =>
        new(ParameterConstraintCode, DiagnosticLevel.Error, $"Parameter '{parameter}': {message}; the deployment would fail.", at);

    public static Diagnostic DuplicateModuleName(SourceLocation at, string name, IEnumerable<string> modules) =>
        new(DuplicateModuleNameCode, DiagnosticLevel.Error,
            $"Modules {string.Join(", ", modules.Select(m => $"'{m}'"))} deploy to the same scope with the same name '{name}'; one deployment would replace the other.", at);

    public static Diagnostic MissingAssignment(SourceLocation at, IEnumerable<string> parameters) =>
        new(MissingAssignmentCode, DiagnosticLevel.Error,
            $"The parameter file assigns no value to {string.Join(", ", parameters.Select(p => $"'{p}'"))}, which the template requires (no default value).", at);

    public static Diagnostic TypeMismatch(SourceLocation at, string parameter, string expected, string actual) =>
        new(TypeMismatchCode, DiagnosticLevel.Error, $"Parameter '{parameter}' is declared {expected} but the value is {actual}; the deployment would fail.", at);

    public static Diagnostic ImportHasErrors(SourceLocation at, string path) =>
        new(ImportHasErrorsCode, DiagnosticLevel.Error, $"The file '{path}' has errors, so what it exports cannot be used.", at);
}
