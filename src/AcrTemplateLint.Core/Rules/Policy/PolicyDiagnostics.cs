using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Rules.Policy;

/// <summary>
/// ATL43xx: an Azure Policy definition, initiative or --policy-params file that cannot be used. Errors stop the run
/// with exit code 2, as a malformed rule file does; warnings name what acrlint cannot evaluate.
/// </summary>
public static class PolicyDiagnostics
{
    public const string NotAPolicyCode = "ATL4301";
    public const string UnknownKeyCode = "ATL4302";
    public const string MissingKeyCode = "ATL4303";
    public const string WrongTypeCode = "ATL4304";
    public const string OperatorCountCode = "ATL4305";
    public const string InvalidAliasCode = "ATL4306";
    public const string UnknownParameterCode = "ATL4307";
    public const string InvalidParameterValueCode = "ATL4308";
    public const string UnknownEffectCode = "ATL4309";
    public const string MissingDefinitionCode = "ATL4310";
    public const string UnsupportedCode = "ATL4311";
    public const string DuplicatePolicyCode = "ATL4312";
    public const string UnusedParameterValueCode = "ATL4313";

    public static Diagnostic NotAPolicy(SourceLocation at) =>
        new(NotAPolicyCode, DiagnosticLevel.Error,
            "Not an Azure Policy definition or initiative: expected properties.policyRule (a definition) or properties.policyDefinitions (an initiative).", at);

    public static Diagnostic UnknownKey(SourceLocation at, string key, string where, IEnumerable<string> expected) =>
        new(UnknownKeyCode, DiagnosticLevel.Error, $"Unknown key '{key}' in {where}; expected one of: {string.Join(", ", expected)}.", at);

    public static Diagnostic MissingKey(SourceLocation at, string key, string where) =>
        new(MissingKeyCode, DiagnosticLevel.Error, $"The {where} needs '{key}'.", at);

    public static Diagnostic WrongType(SourceLocation at, string key, string expected) =>
        new(WrongTypeCode, DiagnosticLevel.Error, $"'{key}' must be {expected}.", at);

    public static Diagnostic OperatorCount(SourceLocation at, string message) =>
        new(OperatorCountCode, DiagnosticLevel.Error, $"Invalid condition: {message}.", at);

    public static Diagnostic InvalidAlias(SourceLocation at, string alias, string reason) =>
        new(InvalidAliasCode, DiagnosticLevel.Error, $"Invalid field '{alias}': {reason}.", at);

    public static Diagnostic UnknownParameter(SourceLocation at, string name, IEnumerable<string> declared) =>
        new(UnknownParameterCode, DiagnosticLevel.Error,
            $"The policy uses parameter '{name}', which it does not declare (declared: {string.Join(", ", declared.DefaultIfEmpty("none"))}).", at);

    public static Diagnostic InvalidParameterValue(SourceLocation at, string message) =>
        new(InvalidParameterValueCode, DiagnosticLevel.Error, $"Invalid policy parameter value: {message}.", at);

    public static Diagnostic UnknownEffect(SourceLocation at, string effect) =>
        new(UnknownEffectCode, DiagnosticLevel.Error,
            $"Unknown effect '{effect}'; expected one of: deny, audit, modify, append, auditIfNotExists, deployIfNotExists, denyAction, manual, disabled.", at);

    public static Diagnostic MissingDefinition(SourceLocation at, string definitionId) =>
        new(MissingDefinitionCode, DiagnosticLevel.Error,
            $"The initiative references the policy definition '{definitionId}', which is not among the loaded files; put its JSON in the same folder.", at);

    public static Diagnostic Unsupported(SourceLocation at, string message) =>
        new(UnsupportedCode, DiagnosticLevel.Warning, $"Not supported: {message}.", at);

    public static Diagnostic DuplicatePolicy(SourceLocation at, string what, string first) =>
        new(DuplicatePolicyCode, DiagnosticLevel.Error, $"The {what} is already defined by {first}; rename one of the definitions.", at);

    public static Diagnostic UnusedParameterValue(SourceLocation at, string name) =>
        new(UnusedParameterValueCode, DiagnosticLevel.Warning, $"No loaded policy has a parameter '{name}'; the value is not used.", at);
}
