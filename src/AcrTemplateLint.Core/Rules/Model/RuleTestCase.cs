using AcrTemplateLint.Text;

namespace AcrTemplateLint.Rules.Model;

/// <summary>
/// A test case shipped inside a rule file: a template snippet whose [| |] markup marks the expected span of the
/// finding, and the outcome it must produce.
/// </summary>
public sealed record RuleTestCase(string Name, RuleOutcome Expect, TemplateLanguage Language, string Template, string? Message, SourceLocation Location);

public enum TemplateLanguage
{
    Arm,
    Bicep,
}
