using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Arm.Expressions;

/// <summary>ATL21xx: a "[...]" template expression that Azure Resource Manager could not parse.</summary>
public static class ArmExpressionDiagnostics
{
    public const string SyntaxErrorCode = "ATL2101";

    public static Diagnostic SyntaxError(SourceLocation at, string message) =>
        new(SyntaxErrorCode, DiagnosticLevel.Error, $"Invalid template expression: {message}.", at);
}
