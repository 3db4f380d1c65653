namespace AcrTemplateLint.Rules.Model;

/// <summary>What a violation means, as in Azure Policy: deny → error, audit → warning, info → note, disabled → not run.</summary>
public enum RuleEffect
{
    Deny,
    Audit,
    Info,
    Disabled,
}
