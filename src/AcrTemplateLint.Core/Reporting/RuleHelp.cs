using AcrTemplateLint.Rules.Model;

namespace AcrTemplateLint.Reporting;

/// <summary>The help page of a rule (docs/rules/ID.md), embedded in the assembly; the description when there is none.</summary>
public static class RuleHelp
{
    public static string? Markdown(string ruleId)
    {
        using var stream = typeof(RuleHelp).Assembly.GetManifestResourceStream($"docs/rules/{ruleId}.md");
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static string Text(Rule rule) => $"{rule.Title}. {rule.Description}";
}
