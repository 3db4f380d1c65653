using System.Collections.Immutable;
using AcrTemplateLint.Rules.Paths;

namespace AcrTemplateLint.Rules.Model;

/// <summary>
/// One violation a rule looks for. <see cref="Effect"/> overrides the rule's (ACR008 audits some of its checks).
/// <see cref="Location"/>, when given, decides where a finding points: the first of these fields the template sets,
/// else the nearest existing key of the first. Otherwise the condition's evidence decides, in rule order preferring
/// values the template sets, or in source order when <see cref="SourceOrder"/> is set.
/// </summary>
public sealed record RuleCheck(string Name, Condition If, string Message, RuleEffect? Effect)
{
    public ImmutableArray<FieldPath> Location { get; init; } = [];

    public bool SourceOrder { get; init; }
}
