using System.Collections.Immutable;
using System.Globalization;
using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Evaluation.Values;
using AcrTemplateLint.Rules.Loading;
using AcrTemplateLint.Rules.Model;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Configuration;

/// <summary>
/// Finds and reads `.acrlint.yaml`. The file is found by walking up from the first scanned path, so a repository's
/// configuration applies wherever the tool is started. Every problem is a positioned diagnostic.
/// </summary>
public static class ConfigLoader
{
    public const string FileName = ".acrlint.yaml";

    private static readonly string[] TopKeys = ["ruleset", "rules", "exclude", "suppressions"];
    private static readonly string[] RuleKeys = ["effect", "parameters"];
    private static readonly string[] SuppressionKeys = ["id", "path", "resource", "justification", "expires"];

    /// <summary>The nearest `.acrlint.yaml` at or above <paramref name="start"/> (a file or folder), or null.</summary>
    public static string? Find(string start)
    {
        var directory = Directory.Exists(start) ? Path.GetFullPath(start) : Path.GetDirectoryName(Path.GetFullPath(start));
        while (directory is not null)
        {
            var candidate = Path.Combine(directory, FileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }

            directory = Path.GetDirectoryName(directory);
        }

        return null;
    }

    public static AcrlintConfig Load(SourceFile file, ImmutableArray<Rule> rules, DiagnosticBag diagnostics)
    {
        var before = diagnostics.Items.Count;
        var document = YamlDocuments.Parse(file, diagnostics, ConfigDiagnostics.YamlSyntax);
        if (document is null || document is DocumentScalar { Value: null or "" })
        {
            return diagnostics.Items.Count > before ? AcrlintConfig.Empty : AcrlintConfig.Empty with { File = file };
        }

        if (document is not DocumentMapping root)
        {
            diagnostics.Add(ConfigDiagnostics.WrongType(document.Location, "the configuration", "a mapping"));
            return AcrlintConfig.Empty;
        }

        return new Reader(file, rules, diagnostics).Read(root);
    }

    private sealed class Reader(SourceFile file, ImmutableArray<Rule> rules, DiagnosticBag diagnostics)
    {
        public AcrlintConfig Read(DocumentMapping root)
        {
            var config = AcrlintConfig.Empty with { File = file };
            foreach (var (keyNode, value) in root.Children)
            {
                switch (DocumentValues.Scalar(keyNode))
                {
                    case "ruleset":
                        var ruleset = DocumentValues.Scalar(value);
                        if (ruleset is "core" or "all")
                        {
                            config = config with { Ruleset = ruleset };
                        }
                        else
                        {
                            diagnostics.Add(ConfigDiagnostics.WrongType(At(value), "ruleset", "core or all"));
                        }

                        break;
                    case "rules":
                        config = config with { Rules = ReadRules(value) };
                        break;
                    case "exclude":
                        config = config with { Exclude = Strings(value, "exclude") };
                        break;
                    case "suppressions":
                        config = config with { Suppressions = ReadSuppressions(value) };
                        break;
                    case var key:
                        diagnostics.Add(ConfigDiagnostics.UnknownKey(At(keyNode), key ?? "", "the configuration", TopKeys));
                        break;
                }
            }

            return config;
        }

        private ImmutableArray<RuleConfig> ReadRules(DocumentNode node)
        {
            if (node is not DocumentMapping mapping)
            {
                diagnostics.Add(ConfigDiagnostics.WrongType(At(node), "rules", "a mapping of rule ids to settings"));
                return [];
            }

            var result = ImmutableArray.CreateBuilder<RuleConfig>();
            foreach (var (keyNode, value) in mapping.Children)
            {
                var id = DocumentValues.Scalar(keyNode) ?? "";
                if (Rule(id, keyNode) is not { } rule)
                {
                    continue;
                }

                // "ACR005: disabled" is shorthand for "ACR005: { effect: disabled }".
                if (value is DocumentScalar)
                {
                    result.Add(new RuleConfig(rule.Id, Effect(value), ImmutableDictionary<string, Value>.Empty));
                    continue;
                }

                if (value is not DocumentMapping settings)
                {
                    diagnostics.Add(ConfigDiagnostics.WrongType(At(value), id, "an effect or a mapping with 'effect' and 'parameters'"));
                    continue;
                }

                RuleEffect? effect = null;
                var parameters = ImmutableDictionary.CreateBuilder<string, Value>(StringComparer.OrdinalIgnoreCase);
                foreach (var (settingKey, setting) in settings.Children)
                {
                    switch (DocumentValues.Scalar(settingKey))
                    {
                        case "effect":
                            effect = Effect(setting);
                            break;
                        case "parameters" when setting is DocumentMapping values:
                            foreach (var (nameNode, parameterValue) in values.Children)
                            {
                                var name = DocumentValues.Scalar(nameNode) ?? "";
                                if (rule.Parameters.Any(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)))
                                {
                                    parameters[name] = DocumentValues.ToValue(parameterValue);
                                }
                                else
                                {
                                    diagnostics.Add(ConfigDiagnostics.UnknownRuleParameter(At(nameNode), rule.Id, name, rule.Parameters.Select(p => p.Name)));
                                }
                            }

                            break;
                        case "parameters":
                            diagnostics.Add(ConfigDiagnostics.WrongType(At(setting), "parameters", "a mapping of parameter names to values"));
                            break;
                        case var key:
                            diagnostics.Add(ConfigDiagnostics.UnknownKey(At(settingKey), key ?? "", $"the settings of {rule.Id}", RuleKeys));
                            break;
                    }
                }

                result.Add(new RuleConfig(rule.Id, effect, parameters.ToImmutable()));
            }

            return result.ToImmutable();
        }

        private ImmutableArray<SuppressionEntry> ReadSuppressions(DocumentNode node)
        {
            if (node is not DocumentSequence sequence)
            {
                diagnostics.Add(ConfigDiagnostics.WrongType(At(node), "suppressions", "a list"));
                return [];
            }

            var result = ImmutableArray.CreateBuilder<SuppressionEntry>();
            foreach (var item in sequence.Children)
            {
                if (item is not DocumentMapping entry)
                {
                    diagnostics.Add(ConfigDiagnostics.WrongType(At(item), "a suppression", "a mapping with id, path and justification"));
                    continue;
                }

                var fields = new Dictionary<string, DocumentNode>(StringComparer.Ordinal);
                foreach (var (keyNode, value) in entry.Children)
                {
                    var key = DocumentValues.Scalar(keyNode) ?? "";
                    if (SuppressionKeys.Contains(key))
                    {
                        fields[key] = value;
                    }
                    else
                    {
                        diagnostics.Add(ConfigDiagnostics.UnknownKey(At(keyNode), key, "a suppression", SuppressionKeys));
                    }
                }

                var id = fields.TryGetValue("id", out var idNode) ? Rule(DocumentValues.Scalar(idNode) ?? "", idNode)?.Id : Missing(entry, "id");
                var justification = fields.TryGetValue("justification", out var why) ? DocumentValues.Scalar(why)?.Trim() : null;
                if (string.IsNullOrEmpty(justification))
                {
                    diagnostics.Add(ConfigDiagnostics.MissingJustification(At(entry)));
                }

                DateOnly? expires = null;
                if (fields.TryGetValue("expires", out var expiresNode))
                {
                    if (DateOnly.TryParseExact(DocumentValues.Scalar(expiresNode), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                    {
                        expires = date;
                    }
                    else
                    {
                        diagnostics.Add(ConfigDiagnostics.WrongType(At(expiresNode), "expires", "a date like 2026-12-31"));
                    }
                }

                var path = fields.TryGetValue("path", out var pathNode) ? DocumentValues.Scalar(pathNode) : "**";
                var resource = fields.TryGetValue("resource", out var resourceNode) ? DocumentValues.Scalar(resourceNode) : null;
                if (id is not null && !string.IsNullOrEmpty(justification) && path is not null)
                {
                    result.Add(new SuppressionEntry(id, path, resource, justification, expires, At(entry)));
                }
            }

            return result.ToImmutable();
        }

        private Rule? Rule(string id, DocumentNode node)
        {
            var rule = rules.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.OrdinalIgnoreCase));
            if (rule is null)
            {
                diagnostics.Add(ConfigDiagnostics.UnknownRule(At(node), id, rules.Select(r => r.Id)));
            }

            return rule;
        }

        private RuleEffect? Effect(DocumentNode node)
        {
            if (DocumentValues.Scalar(node) is { } text && Enum.TryParse<RuleEffect>(text, ignoreCase: true, out var effect) && !int.TryParse(text, out _))
            {
                return effect;
            }

            diagnostics.Add(ConfigDiagnostics.WrongType(At(node), "effect", "one of deny, audit, info, disabled"));
            return null;
        }

        private string? Missing(DocumentNode owner, string key)
        {
            diagnostics.Add(ConfigDiagnostics.WrongType(At(owner), "a suppression", $"a mapping with '{key}'"));
            return null;
        }

        private ImmutableArray<string> Strings(DocumentNode node, string key)
        {
            if (node is DocumentSequence sequence && sequence.Children.All(c => c is DocumentScalar))
            {
                return [.. sequence.Children.Select(c => DocumentValues.Scalar(c) ?? "")];
            }

            diagnostics.Add(ConfigDiagnostics.WrongType(At(node), key, "a list of path globs"));
            return [];
        }

        private SourceLocation At(DocumentNode node) => node.Location;
    }
}
