using AcrTemplateLint.Graph;
using AcrTemplateLint.Rules.Model;

namespace AcrTemplateLint.Rules.Engine;

/// <summary>
/// One check's outcome on one resource, with the condition result that explains it. <see cref="NeedsGlobalLookup"/>
/// marks a verdict that depended on a resource that may be declared in another file: it is decided again once every
/// file is loaded.
/// </summary>
public sealed record RuleVerdict(Rule Rule, RuleCheck Check, ResourceNode Resource, RuleOutcome Outcome, ConditionResult Result)
{
    public bool NeedsGlobalLookup { get; init; }
}
