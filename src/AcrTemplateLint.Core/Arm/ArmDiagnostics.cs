using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Arm;

/// <summary>ATL22xx: a JSON file that is a template or parameter file in name but not in shape.</summary>
public static class ArmDiagnostics
{
    public const string InvalidSectionCode = "ATL2201";
    public const string InvalidResourceCode = "ATL2202";
    public const string InvalidParameterFileCode = "ATL2203";
    public const string UnknownParameterCode = "ATL2204";
    public const string UndeclaredDeploymentParameterCode = "ATL2205";
    public const string LinkedTemplateNotFoundCode = "ATL2206";
    public const string DeploymentTooDeepCode = "ATL2207";
    public const string TemplateLinkNotFollowedCode = "ATL2208";
    public const string InvalidCopyCode = "ATL2209";
    public const string InvalidFunctionCode = "ATL2210";
    public const string InvalidDeploymentCode = "ATL2211";
    public const string MissingDeploymentParameterCode = "ATL2212";
    public const string LinkedTemplateOutsideRootCode = "ATL2213";

    public static Diagnostic InvalidSection(SourceLocation at, string section, string expected) =>
        new(InvalidSectionCode, DiagnosticLevel.Error, $"The template's '{section}' must be {expected}.", at);

    public static Diagnostic InvalidResource(SourceLocation at, string message) =>
        new(InvalidResourceCode, DiagnosticLevel.Error, $"Invalid resource: {message}.", at);

    public static Diagnostic InvalidParameterFile(SourceLocation at, string message) =>
        new(InvalidParameterFileCode, DiagnosticLevel.Error, $"Invalid parameter file: {message}.", at);

    public static Diagnostic UnknownParameter(SourceLocation at, string name, string template) =>
        new(UnknownParameterCode, DiagnosticLevel.Error,
            $"The parameter file sets '{name}', which {template} does not declare; the deployment would fail.", at);

    public static Diagnostic UndeclaredDeploymentParameter(SourceLocation at, string name, string deployment) =>
        new(UndeclaredDeploymentParameterCode, DiagnosticLevel.Error,
            $"Deployment '{deployment}' passes parameter '{name}', which its template does not declare; the deployment would fail.", at);

    public static Diagnostic LinkedTemplateNotFound(SourceLocation at, string path, string reason) =>
        new(LinkedTemplateNotFoundCode, DiagnosticLevel.Error, $"The linked template '{path}' cannot be read: {reason}.", at);

    public static Diagnostic DeploymentTooDeep(SourceLocation at, string message) =>
        new(DeploymentTooDeepCode, DiagnosticLevel.Error, $"{message}; the nested template is not analysed.", at);

    public static Diagnostic TemplateLinkNotFollowed(SourceLocation at, string what) =>
        new(TemplateLinkNotFollowedCode, DiagnosticLevel.Info,
            $"The deployment uses {what}, which acrlint does not follow (it never goes to the network); results that depend on it are indeterminate.", at);

    public static Diagnostic InvalidCopy(SourceLocation at, string message) =>
        new(InvalidCopyCode, DiagnosticLevel.Error, $"Invalid copy loop: {message}.", at);

    public static Diagnostic InvalidFunction(SourceLocation at, string message) =>
        new(InvalidFunctionCode, DiagnosticLevel.Error, $"Invalid user-defined function: {message}.", at);

    public static Diagnostic MissingDeploymentParameter(SourceLocation at, string name, string deployment) =>
        new(MissingDeploymentParameterCode, DiagnosticLevel.Error,
            $"Deployment '{deployment}' passes no value for parameter '{name}', which has no default value; the deployment would fail.", at);

    public static Diagnostic LinkedTemplateOutsideRoot(SourceLocation at, string path, string reason) =>
        new(LinkedTemplateOutsideRootCode, DiagnosticLevel.Error,
            $"The linked template '{path}' is not read because {reason}.", at);

    public static Diagnostic InvalidDeployment(SourceLocation at, string message) =>
        new(InvalidDeploymentCode, DiagnosticLevel.Error, $"Invalid nested deployment: {message}.", at);
}
