using AcrTemplateLint.Graph;
using AcrTemplateLint.Rules.Model;

namespace AcrTemplateLint.Rules.Engine;

/// <summary>
/// One check's outcome on one resource, with the condition result that explains it. <see cref="NeedsGlobalLookup"/>
/// marks a verdict that depends on a resource that may be declared in another file: without the index of every file's
/// resources it is undecided, and it is decided again with that index once every file is loaded.
/// </summary>
public sealed record RuleVerdict(Rule Rule, RuleCheck Check, ResourceNode Resource, RuleOutcome Outcome, ConditionResult Result)
{
    public bool NeedsGlobalLookup { get; init; }
}
