using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Evaluation;

/// <summary>ATL30xx: evaluation problems. Values that cannot be evaluated become Unknown; these say why.</summary>
public static class EvaluationDiagnostics
{
    public const string UnknownFunctionCode = "ATL3001";
    public const string MissingPropertyCode = "ATL3002";
    public const string InvalidArgumentCode = "ATL3003";
    public const string UndeclaredSymbolCode = "ATL3004";
    public const string CycleCode = "ATL3005";
    public const string TooDeepCode = "ATL3006";
    public const string LimitExceededCode = "ATL3007";
    public const string RecursionCode = "ATL3008";

    public static Diagnostic UnknownFunction(SourceLocation? at, string name) =>
        new(UnknownFunctionCode, DiagnosticLevel.Info,
            $"The template function '{name}' is not supported by acrlint; values that depend on it are indeterminate.", at);

    public static Diagnostic MissingProperty(SourceLocation? at, string property, IEnumerable<string> available) =>
        new(MissingPropertyCode, DiagnosticLevel.Error,
            $"The object has no property '{property}' (it has: {string.Join(", ", available.Take(10))}); the deployment would fail.", at);

    public static Diagnostic InvalidArgument(SourceLocation? at, string function, string message) =>
        new(InvalidArgumentCode, DiagnosticLevel.Error, $"{function}(): {message}.", at);

    public static Diagnostic UndeclaredSymbol(SourceLocation? at, string kind, string name) =>
        new(UndeclaredSymbolCode, DiagnosticLevel.Error, $"The {kind} '{name}' is not declared.", at);

    public static Diagnostic Cycle(SourceLocation? at, string kind, string name) =>
        new(CycleCode, DiagnosticLevel.Error, $"The {kind} '{name}' refers to itself through a cycle.", at);

    /// <summary>A value past acrlint's own budget for what one template builds (not a limit ARM states).</summary>
    public static Diagnostic BudgetExceeded(SourceLocation? at, string message) =>
        new(LimitExceededCode, DiagnosticLevel.Error, $"{message}; acrlint does not build values this large, and what depends on them is indeterminate.", at);

    public static Diagnostic LimitExceeded(SourceLocation? at, string message) =>
        new(LimitExceededCode, DiagnosticLevel.Error, $"{message}; Azure Resource Manager rejects this, and acrlint does not build the value.", at);

    public static Diagnostic Recursion(SourceLocation? at, string name) =>
        new(RecursionCode, DiagnosticLevel.Error, $"The user-defined function '{name}' calls itself; template functions cannot be recursive.", at);

    public static Diagnostic TooDeep(SourceLocation? at, int limit) =>
        new(TooDeepCode, DiagnosticLevel.Error, $"Evaluation nested deeper than {limit} levels was stopped.", at);
}
