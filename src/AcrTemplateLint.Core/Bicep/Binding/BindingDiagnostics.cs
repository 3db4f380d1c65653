using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Bicep.Binding;

/// <summary>ATL12xx: names that do not resolve, declarations that clash or depend on themselves.</summary>
public static class BindingDiagnostics
{
    public const string UndeclaredNameCode = "ATL1201";
    public const string UndeclaredFunctionCode = "ATL1202";
    public const string DuplicateDeclarationCode = "ATL1203";
    public const string CycleCode = "ATL1204";
    public const string UndeclaredTypeCode = "ATL1205";
    public const string UnknownNestedResourceCode = "ATL1206";
    public const string NotCallableCode = "ATL1207";

    public static Diagnostic UndeclaredName(SourceLocation at, string name) =>
        new(UndeclaredNameCode, DiagnosticLevel.Error, $"The name '{name}' is not declared.", at);

    public static Diagnostic UndeclaredFunction(SourceLocation at, string name) =>
        new(UndeclaredFunctionCode, DiagnosticLevel.Error, $"'{name}' is neither a Bicep function nor a function declared in this file.", at);

    public static Diagnostic DuplicateDeclaration(SourceLocation at, string name) =>
        new(DuplicateDeclarationCode, DiagnosticLevel.Error, $"The name '{name}' is declared more than once.", at);

    public static Diagnostic Cycle(SourceLocation at, string name, IEnumerable<string> path) =>
        new(CycleCode, DiagnosticLevel.Error, $"'{name}' depends on itself ({string.Join(" -> ", path)}).", at);

    public static Diagnostic UndeclaredType(SourceLocation at, string name) =>
        new(UndeclaredTypeCode, DiagnosticLevel.Error, $"The type '{name}' is not declared.", at);

    public static Diagnostic UnknownNestedResource(SourceLocation at, string parent, string name) =>
        new(UnknownNestedResourceCode, DiagnosticLevel.Error, $"Resource '{parent}' declares no nested resource '{name}'.", at);

    public static Diagnostic NotCallable(SourceLocation at, string name, string kind) =>
        new(NotCallableCode, DiagnosticLevel.Error, $"'{name}' is a {kind}, not a function.", at);
}
