using AcrTemplateLint.Graph;
using AcrTemplateLint.Rules.Model;

namespace AcrTemplateLint.Rules.Engine;

/// <summary>One rule's outcome on one resource, with the condition result that explains it.</summary>
public sealed record RuleVerdict(Rule Rule, ResourceNode Resource, RuleOutcome Outcome, ConditionResult Result);
