namespace AcrTemplateLint.Diagnostics;

/// <summary>Severity of a tool diagnostic. Text output spells them error/warning/info ($msCompile's words).</summary>
public enum DiagnosticLevel
{
    Error,
    Warning,
    Info,
}
