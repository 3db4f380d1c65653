using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Suppressions;

/// <summary>ATL52xx: suppressions that do nothing, have expired, or lack a reason; and unreadable baselines.</summary>
public static class SuppressionDiagnostics
{
    public const string UnusedCode = "ATL5201";
    public const string ExpiredCode = "ATL5202";
    public const string NoJustificationCode = "ATL5203";
    public const string InvalidBaselineCode = "ATL5204";

    public static Diagnostic Unused(SourceLocation? at, string ruleId, string? path) =>
        new(UnusedCode, DiagnosticLevel.Warning, $"The suppression of {ruleId} matches no finding; remove it.", at, path);

    public static Diagnostic Expired(SourceLocation at, string ruleId, DateOnly expires) =>
        new(ExpiredCode, DiagnosticLevel.Warning,
            $"The suppression of {ruleId} expired on {expires:yyyy-MM-dd} and no longer applies; fix the findings or renew it with a reason.", at);

    public static Diagnostic NoJustification(SourceLocation at, string ruleId) =>
        new(NoJustificationCode, DiagnosticLevel.Warning, $"The suppression of {ruleId} gives no reason; add one so reviewers know why it is accepted.", at);

    public static Diagnostic InvalidBaseline(string path, SourceLocation? at, string reason) =>
        new(InvalidBaselineCode, DiagnosticLevel.Error, $"The baseline cannot be read: {reason}", at, path);
}
