using System.Collections.Immutable;
using AcrTemplateLint.Evaluation.Values;
using AcrTemplateLint.Graph;
using AcrTemplateLint.Rules.Model;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Rules.Engine;

/// <summary>Turns failing and indeterminate verdicts into findings with their message and locations.</summary>
public static class FindingBuilder
{
    public static FindingLevel LevelOf(RuleEffect effect) => effect switch
    {
        RuleEffect.Deny => FindingLevel.Error,
        RuleEffect.Audit => FindingLevel.Warning,
        RuleEffect.Info => FindingLevel.Note,
        _ => FindingLevel.None,
    };

    public static Finding? Build(RuleVerdict verdict, FindingLevel indeterminateLevel)
    {
        var (rule, resource, outcome, result) = verdict;
        if (outcome == RuleOutcome.Pass || (outcome == RuleOutcome.Indeterminate && indeterminateLevel == FindingLevel.None))
        {
            return null;
        }

        var evidence = result.Evidence;
        var location = evidence?.Location ?? resource.Declaration;
        var related = ImmutableArray.CreateBuilder<Hop>();
        related.AddRange(evidence?.Trace ?? []);
        related.AddRange(resource.ModuleTrace);

        string message;
        if (outcome == RuleOutcome.Fail)
        {
            message = Format(rule.Message, resource, evidence);
        }
        else
        {
            var unknown = result.Unknown;
            var where = unknown?.DependsOn is { } at ? $" ({Describe(at)})" : "";
            message = $"Cannot decide whether '{DisplayName(resource)}' complies: {result.UnknownField ?? "a value"} depends on {unknown?.Reason ?? "a value acrlint cannot know"}{where}.";
        }

        return new Finding
        {
            Rule = rule,
            Outcome = outcome,
            Level = outcome == RuleOutcome.Fail ? LevelOf(rule.Effect) : indeterminateLevel,
            Message = message,
            Location = location,
            Field = evidence?.Path.ToString() ?? "",
            Related = related.ToImmutable(),
            ResourceIdentity = resource.Identity,
        };
    }

    /// <summary>Fills {name}, {type}, {field}, {actual} and {value} in a rule's message template.</summary>
    public static string Format(string template, ResourceNode resource, FieldValue? evidence) => template
        .Replace("{name}", DisplayName(resource), StringComparison.Ordinal)
        .Replace("{type}", resource.Type, StringComparison.Ordinal)
        .Replace("{field}", evidence?.Path.ToString() ?? "", StringComparison.Ordinal)
        .Replace("{actual}", Actual(evidence), StringComparison.Ordinal)
        .Replace("{value}", evidence?.Value is { } v ? ValueFormatter.Display(v) : "", StringComparison.Ordinal);

    public static string DisplayName(ResourceNode resource) => resource.Name switch
    {
        StringValue s => s.Value[(s.Value.LastIndexOf('/') + 1)..],
        _ => resource.SymbolicName ?? "(name not known)",
    };

    private static string Actual(FieldValue? evidence) => evidence switch
    {
        null => "not set",
        { Value: null } => "not set",
        { IsDefault: true, Value: var v } => $"not set (defaults to '{ValueFormatter.Display(v)}')",
        { Value: var v } => $"'{ValueFormatter.Display(v)}'",
    };

    private static string Describe(SourceLocation location) => $"{location.File.DisplayPath}:{location.Start.Line + 1}";
}
