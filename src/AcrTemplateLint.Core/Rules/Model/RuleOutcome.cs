namespace AcrTemplateLint.Rules.Model;

/// <summary>The verdict of one rule on one resource.</summary>
public enum RuleOutcome
{
    Pass,
    Fail,
    Indeterminate,
}
