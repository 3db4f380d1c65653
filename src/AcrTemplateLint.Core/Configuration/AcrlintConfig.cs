using System.Collections.Immutable;
using AcrTemplateLint.Rules.Engine;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Configuration;

/// <summary>The contents of a `.acrlint.yaml` file. <see cref="File"/> is null for the built-in defaults.</summary>
public sealed record AcrlintConfig
{
    public static AcrlintConfig Empty { get; } = new();

    public SourceFile? File { get; init; }

    public string? Ruleset { get; init; }

    public ImmutableArray<RuleConfig> Rules { get; init; } = [];

    /// <summary>Path globs (relative to the config file's folder) that are never analysed.</summary>
    public ImmutableArray<string> Exclude { get; init; } = [];

    public ImmutableArray<SuppressionEntry> Suppressions { get; init; } = [];

    /// <summary>The folder paths in the config are relative to.</summary>
    public string? Directory => File is null ? null : Path.GetDirectoryName(File.FullPath);

    public RuleSettings ToSettings()
    {
        // A later entry for the same rule overrides what it sets and keeps what it leaves out.
        var rules = new Dictionary<string, RuleConfig>(StringComparer.OrdinalIgnoreCase);
        foreach (var rule in Rules)
        {
            rules[rule.RuleId] = rules.TryGetValue(rule.RuleId, out var earlier)
                ? rule with { Effect = rule.Effect ?? earlier.Effect, Parameters = rule.Parameters.IsEmpty ? earlier.Parameters : rule.Parameters }
                : rule;
        }

        return new RuleSettings(rules);
    }
}
