using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Rules.Loading;

/// <summary>ATL40xx: a rule file that cannot be loaded. The rule is skipped; the run reports exit code 2.</summary>
public static class RuleDiagnostics
{
    public const string YamlSyntaxCode = "ATL4001";
    public const string UnknownKeyCode = "ATL4002";
    public const string MissingKeyCode = "ATL4003";
    public const string WrongTypeCode = "ATL4004";
    public const string OperatorCountCode = "ATL4005";
    public const string InvalidFieldPathCode = "ATL4006";
    public const string UnknownParameterCode = "ATL4007";
    public const string DuplicateRuleCode = "ATL4008";
    public const string UnknownReferenceCode = "ATL4009";

    public static Diagnostic YamlSyntax(SourceLocation at, string message) =>
        new(YamlSyntaxCode, DiagnosticLevel.Error, $"Invalid YAML: {message}", at);

    public static Diagnostic UnknownKey(SourceLocation at, string key, string where, IEnumerable<string> allowed) =>
        new(UnknownKeyCode, DiagnosticLevel.Error, $"Unknown key '{key}' in {where}; expected one of: {string.Join(", ", allowed)}.", at);

    public static Diagnostic MissingKey(SourceLocation at, string key, string where) =>
        new(MissingKeyCode, DiagnosticLevel.Error, $"The {where} needs a '{key}'.", at);

    public static Diagnostic WrongType(SourceLocation at, string key, string expected) =>
        new(WrongTypeCode, DiagnosticLevel.Error, $"'{key}' must be {expected}.", at);

    public static Diagnostic OperatorCount(SourceLocation at, string message) =>
        new(OperatorCountCode, DiagnosticLevel.Error, $"Invalid condition: {message}.", at);

    public static Diagnostic InvalidFieldPath(SourceLocation at, string path, string reason) =>
        new(InvalidFieldPathCode, DiagnosticLevel.Error, $"Invalid field path '{path}': {reason}.", at);

    public static Diagnostic UnknownParameter(SourceLocation at, string name, IEnumerable<string> declared) =>
        new(UnknownParameterCode, DiagnosticLevel.Error,
            $"The rule uses parameter '{name}', which it does not declare (declared: {string.Join(", ", declared.DefaultIfEmpty("none"))}).", at);

    public static Diagnostic UnknownReference(SourceLocation at, string kind, string name, IEnumerable<string> known) =>
        new(UnknownReferenceCode, DiagnosticLevel.Error,
            $"Unknown {kind} '{name}' (known: {string.Join(", ", known.DefaultIfEmpty("none"))}).", at);

    public static Diagnostic DuplicateRule(SourceLocation at, string id, string first) =>
        new(DuplicateRuleCode, DiagnosticLevel.Error, $"Rule '{id}' is already defined in {first}.", at);
}
