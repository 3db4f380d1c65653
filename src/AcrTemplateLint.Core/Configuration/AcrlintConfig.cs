using System.Collections.Immutable;
using AcrTemplateLint.Evaluation.Values;
using AcrTemplateLint.Rules.Engine;
using AcrTemplateLint.Rules.Model;
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
        var effects = new Dictionary<string, RuleEffect>(StringComparer.OrdinalIgnoreCase);
        var parameters = ImmutableDictionary.CreateBuilder<string, ImmutableDictionary<string, Value>>(StringComparer.OrdinalIgnoreCase);
        foreach (var rule in Rules)
        {
            if (rule.Effect is { } effect)
            {
                effects[rule.RuleId] = effect;
            }

            if (!rule.Parameters.IsEmpty)
            {
                parameters[rule.RuleId] = rule.Parameters;
            }
        }

        return new RuleSettings(effects, parameters.ToImmutable());
    }
}
