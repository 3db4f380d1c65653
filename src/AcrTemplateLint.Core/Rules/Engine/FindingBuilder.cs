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
        var (rule, check, resource, outcome, result) = verdict;
        var effect = check.Effect ?? rule.Effect;
        if (outcome == RuleOutcome.Pass || effect == RuleEffect.Disabled
            || (outcome == RuleOutcome.Indeterminate && indeterminateLevel == FindingLevel.None))
        {
            return null;
        }

        var evidence = result.Evidence;

        // An Unknown that arose inside the rule (an Azure Policy parameter without value) has no place in the template.
        var unknownOrigin = result.Unknown?.Origin is { } origin && origin.File != rule.Source ? origin : null;
        var location = outcome == RuleOutcome.Indeterminate
            ? evidence?.Location ?? unknownOrigin ?? resource.Declaration
            : evidence?.Location ?? resource.Declaration;
        var related = ImmutableArray.CreateBuilder<Hop>();
        related.AddRange(evidence?.Trace ?? []);
        related.AddRange(result.Related);
        related.AddRange(resource.ModuleTrace);

        string message;
        if (outcome == RuleOutcome.Fail)
        {
            message = Format(check.Message, resource, result);
        }
        else
        {
            var unknown = result.Unknown;
            var where = unknown?.DependsOn is { } at ? $" ({Describe(at)})" : "";
            message = $"Cannot decide whether '{DisplayName(resource)}' complies: {result.UnknownField ?? "it"} depends on {unknown?.Reason ?? "a value acrlint cannot know"}{where}.";
            if (rule.Origin == RuleOrigin.AzurePolicy)
            {
                // Imported policies' messages start with the policy's display name, which the rule id alone does not say.
                message = $"{rule.Title.TrimEnd('.', ' ')}: {char.ToLowerInvariant(message[0])}{message[1..]}";
            }
        }

        return new Finding
        {
            Rule = rule,
            Check = check.Name,
            Outcome = outcome,
            Level = outcome == RuleOutcome.Fail ? LevelOf(effect) : indeterminateLevel,
            Message = message,
            Location = location,
            Field = evidence?.Field ?? result.UnknownField ?? "",
            Related = [.. related.Distinct()],
            ResourceIdentity = resource.Identity,
        };
    }

    /// <summary>
    /// Fills a message template: {name}, {type}, {kind} ("registry"), {field}, {actual}, {value}, {apiVersion}, {detail},
    /// {evidence} (" (FIELD is ACTUAL)", or nothing when no field decided), {related.NAME} (the name of a related
    /// resource, e.g. a task's registry) and {field:PATH} (any field's value).
    /// </summary>
    public static string Format(string template, ResourceNode resource, ConditionResult result)
    {
        var evidence = result.Evidence;
        var text = template
            .Replace("{detail}", result.Detail ?? "", StringComparison.Ordinal)
            .Replace("{evidence}", evidence is { Field.Length: > 0 } ? $" ({evidence.Field} is {Actual(evidence)})" : "", StringComparison.Ordinal)
            .Replace("{name}", DisplayName(resource), StringComparison.Ordinal)
            .Replace("{type}", resource.Type, StringComparison.Ordinal)
            .Replace("{kind}", GraphResolver.Kind(resource.Type), StringComparison.Ordinal)
            .Replace("{field}", evidence?.Field ?? "", StringComparison.Ordinal)
            .Replace("{actual}", Actual(evidence), StringComparison.Ordinal)
            .Replace("{value}", evidence?.Value is { } v ? ValueFormatter.Display(v) : "", StringComparison.Ordinal)
            .Replace("{apiVersion}", resource.ApiVersion ?? "(unknown)", StringComparison.Ordinal);
        if (!result.RelatedNames.IsEmpty)
        {
            text = WithPlaceholders(text, "{related.", relation => result.RelatedNames.FirstOrDefault(r => r.Relation.Equals(relation, StringComparison.OrdinalIgnoreCase))?.Name);
        }

        return WithPlaceholders(text, "{field:", path => FieldValue(resource, path));
    }

    // Each placeholder OPEN NAME } (NAME not empty) becomes the value of NAME, where it has one. Found by hand: a
    // regex, or a case-insensitive Replace, starts up machinery that is JIT-compiled in every run with a finding.
    private static string WithPlaceholders(string text, string open, Func<string, string?> valueOf)
    {
        var at = text.IndexOf(open, StringComparison.Ordinal);
        if (at < 0)
        {
            return text;
        }

        var result = new System.Text.StringBuilder(text.Length);
        var copied = 0;
        while (at >= 0 && text.IndexOf('}', at + open.Length) is var close and >= 0)
        {
            if (close > at + open.Length && valueOf(text[(at + open.Length)..close]) is { } value)
            {
                result.Append(text, copied, at - copied).Append(value);
                copied = close + 1;
                at = text.IndexOf(open, copied, StringComparison.Ordinal);
            }
            else
            {
                at = text.IndexOf(open, at + 1, StringComparison.Ordinal);
            }
        }

        return result.Append(text, copied, text.Length - copied).ToString();
    }

    private static string FieldValue(ResourceNode resource, string path) =>
        Paths.FieldPath.TryParse(path, out _) is { } parsed
        && FieldResolver.Resolve(resource, parsed, rule: null).FirstOrDefault()?.Value is { } value and not UnknownValue
            ? ValueFormatter.Display(value)
            : "(not set)";


    public static string DisplayName(ResourceNode resource) => resource.Name switch
    {
        StringValue s => s.Value[(s.Value.LastIndexOf('/') + 1)..],
        _ => resource.SymbolicName ?? "(name not known)",
    };

    private static string Actual(FieldValue? evidence) => evidence switch
    {
        null or { Value: null } => "not set",
        { IsDefault: true, Value: var v } => $"not set (defaults to '{ValueFormatter.Display(v)}')",
        { Value: var v } => $"'{ValueFormatter.Display(v)}'",
    };

    private static string Describe(SourceLocation location) => $"{location.File.DisplayPath}:{location.Start.Line + 1}";
}
