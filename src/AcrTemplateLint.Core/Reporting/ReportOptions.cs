using AcrTemplateLint.Rules.Model;

namespace AcrTemplateLint.Reporting;

/// <summary>Settings that shape reports but not results.</summary>
public sealed record ReportOptions
{
    public const string ToolName = "acrlint";

    public const string InformationUri = "https://github.com/AcrTemplateLint/AcrTemplateLint";

    public string ToolVersion { get; init; } = ToolInfo.Version;

    /// <summary>SARIF automationDetails.id; the category is everything before the last '/'.</summary>
    public string Category { get; init; } = "acrlint/";

    /// <summary>Report suppressed findings too (SARIF: with a suppressions entry). GitHub shows them as open alerts.</summary>
    public bool IncludeSuppressed { get; init; }

    public static string HelpUri(string ruleId) => $"{InformationUri}/blob/main/docs/rules/{ruleId}.md";

    /// <summary>The rule's own help address (an imported policy's portal page), else its docs/rules page.</summary>
    public static string HelpUri(Rule rule) => rule.HelpUri ?? HelpUri(rule.Id);
}
