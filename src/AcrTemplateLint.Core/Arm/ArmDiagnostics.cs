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

    public static Diagnostic InvalidSection(SourceLocation at, string section, string expected) =>
        new(InvalidSectionCode, DiagnosticLevel.Error, $"The template's '{section}' must be {expected}.", at);

    public static Diagnostic InvalidResource(SourceLocation at, string message) =>
        new(InvalidResourceCode, DiagnosticLevel.Error, $"Invalid resource: {message}.", at);

    public static Diagnostic InvalidParameterFile(SourceLocation at, string message) =>
        new(InvalidParameterFileCode, DiagnosticLevel.Error, $"Invalid parameter file: {message}.", at);

    public static Diagnostic UnknownParameter(SourceLocation at, string name, string template) =>
        new(UnknownParameterCode, DiagnosticLevel.Error,
            $"The parameter file sets '{name}', which {template} does not declare; the deployment would fail.", at);
}
