using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Configuration;

/// <summary>ATL51xx: a `.acrlint.yaml` that cannot be used. The run stops with exit code 2.</summary>
public static class ConfigDiagnostics
{
    public const string YamlSyntaxCode = "ATL5101";
    public const string UnknownKeyCode = "ATL5102";
    public const string WrongTypeCode = "ATL5103";
    public const string UnknownRuleCode = "ATL5104";
    public const string MissingJustificationCode = "ATL5105";
    public const string UnknownRuleParameterCode = "ATL5106";
    public const string NotFoundCode = "ATL5107";

    public static Diagnostic YamlSyntax(SourceLocation at, string message) =>
        new(YamlSyntaxCode, DiagnosticLevel.Error, $"Invalid YAML in the configuration: {message}", at);

    public static Diagnostic UnknownKey(SourceLocation at, string key, string where, IEnumerable<string> allowed) =>
        new(UnknownKeyCode, DiagnosticLevel.Error, $"Unknown key '{key}' in {where}; expected one of: {string.Join(", ", allowed)}.", at);

    public static Diagnostic WrongType(SourceLocation at, string key, string expected) =>
        new(WrongTypeCode, DiagnosticLevel.Error, $"'{key}' must be {expected}.", at);

    public static Diagnostic UnknownRule(SourceLocation at, string id, IEnumerable<string> known) =>
        new(UnknownRuleCode, DiagnosticLevel.Error,
            $"The configuration names rule '{id}', which does not exist (known rules: {string.Join(", ", known)}; `acrlint rules` lists them).", at);

    public static Diagnostic MissingJustification(SourceLocation at) =>
        new(MissingJustificationCode, DiagnosticLevel.Error, "A suppression needs a 'justification' that says why the finding is accepted.", at);

    public static Diagnostic UnknownRuleParameter(SourceLocation at, string rule, string name, IEnumerable<string> known) =>
        new(UnknownRuleParameterCode, DiagnosticLevel.Error,
            $"Rule {rule} has no parameter '{name}' (its parameters: {string.Join(", ", known.DefaultIfEmpty("none"))}).", at);

    public static Diagnostic NotFound(string path) =>
        new(NotFoundCode, DiagnosticLevel.Error, $"The configuration file '{path}' does not exist.", null, path);
}
