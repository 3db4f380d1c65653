using System.Collections.Immutable;
using AcrTemplateLint.Evaluation.Values;
using AcrTemplateLint.Rules.Model;

namespace AcrTemplateLint.Configuration;

/// <summary>A rule's settings in `.acrlint.yaml`: its effect and parameter values.</summary>
public sealed record RuleConfig(string RuleId, RuleEffect? Effect, ImmutableDictionary<string, Value> Parameters);
