using System.Collections.Immutable;
using AcrTemplateLint.Analysis;
using AcrTemplateLint.Arm.Json;
using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Evaluation.Values;
using AcrTemplateLint.Rules.Model;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Rules.Policy;

/// <summary>
/// Loads Azure Policy definitions and initiatives (--policy FILE_OR_DIR, folders searched for *.json) as rules, with
/// parameter values from --policy-params files (else the defaults). An initiative runs the definitions it references
/// that are among the loaded files, with the values it passes them. A definition reached twice with the same
/// parameter values (alone and through an initiative) is one rule. Problems are positioned diagnostics; nothing throws.
/// </summary>
public static class PolicyLoader
{
    public const string Ruleset = "azure-policy";

    public static ImmutableArray<Rule> Load(IEnumerable<string> paths, IEnumerable<string> parameterFiles, string root, DiagnosticBag diagnostics)
    {
        var files = new List<PolicyFile>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path);
            var isFile = File.Exists(full);
            var found = isFile ? [full]
                : Directory.Exists(full) ? Discovery.Walk(full).Where(f => Path.GetExtension(f).Equals(".json", StringComparison.OrdinalIgnoreCase))
                : null;
            if (found is null)
            {
                diagnostics.Add(AnalysisDiagnostics.PathNotFound(path));
                continue;
            }

            foreach (var file in found.Where(seen.Add))
            {
                if (Read(file, root, diagnostics) is { } source)
                {
                    files.Add(new PolicyFile(source, isFile));
                }
            }
        }

        var parameterSources = new List<SourceFile>();
        foreach (var path in parameterFiles)
        {
            if (!File.Exists(path))
            {
                diagnostics.Add(Directory.Exists(path) ? AnalysisDiagnostics.WrongPathKind(path, folderExpected: false) : AnalysisDiagnostics.PathNotFound(path));
            }
            else if (Read(Path.GetFullPath(path), root, diagnostics) is { } source)
            {
                parameterSources.Add(source);
            }
        }

        var assignments = PolicyAssignments.Read(parameterSources, diagnostics);
        var rules = LoadFiles(files, assignments, diagnostics);
        assignments.ReportUnused(diagnostics);
        return rules;
    }

    /// <summary>Rules from policy files; a file named explicitly must be a policy, one found in a folder may be anything.</summary>
    public static ImmutableArray<Rule> LoadFiles(IEnumerable<PolicyFile> files, PolicyAssignments assignments, DiagnosticBag diagnostics)
    {
        var definitions = new Dictionary<string, PolicyDefinition>(StringComparer.OrdinalIgnoreCase);
        var initiatives = new List<PolicySetDefinition>();
        foreach (var (file, isExplicit) in files)
        {
            // A file with a JSON error (a duplicate key parses on) is not used: the error already stops the run.
            var errors = diagnostics.Items.Count(d => d.Level == DiagnosticLevel.Error);
            var root = JsonParser.Parse(file, diagnostics);
            if (diagnostics.Items.Count(d => d.Level == DiagnosticLevel.Error) > errors)
            {
                continue;
            }

            if (root is not null and not JsonObject && isExplicit)
            {
                diagnostics.Add(PolicyDiagnostics.NotAPolicy(new SourceLocation(file, root.Span)));
            }

            switch (root is JsonObject json ? new PolicyDocumentReader(file, diagnostics).Read(json, isExplicit) : null)
            {
                case PolicyDefinition definition when definitions.TryGetValue(definition.Name, out var first):
                    diagnostics.Add(PolicyDiagnostics.DuplicatePolicy(definition.Location, $"policy definition '{definition.Name}'", first.Source.DisplayPath));
                    break;
                case PolicyDefinition definition:
                    definitions.Add(definition.Name, definition);
                    break;
                case PolicySetDefinition initiative:
                    initiatives.Add(initiative);
                    break;
            }
        }

        var registry = new Registry(diagnostics);
        foreach (var definition in definitions.Values)
        {
            var values = Resolve(definition, p => assignments.Lookup(definition.Name, p.Name) is { } entry ? (entry.Value, entry.Location) : null, diagnostics);
            if (values is not null)
            {
                registry.Add(definition, values.Value, alternativeId: null);
            }
        }

        foreach (var initiative in initiatives)
        {
            AddInitiative(initiative, definitions, assignments, registry, diagnostics);
        }

        return registry.Rules;
    }

    private static void AddInitiative(
        PolicySetDefinition initiative, Dictionary<string, PolicyDefinition> definitions, PolicyAssignments assignments, Registry registry, DiagnosticBag diagnostics)
    {
        var own = Resolve(initiative, p => assignments.Lookup(initiative.Name, p.Name) is { } entry ? (entry.Value, entry.Location) : null, diagnostics);
        if (own is null)
        {
            return;
        }

        // The values an initiative passes are expressions over its own parameters.
        var reader = new PolicyConditionReader(initiative.Source, diagnostics, own.Value);
        foreach (var reference in initiative.References)
        {
            if (!definitions.TryGetValue(reference.DefinitionName, out var definition))
            {
                diagnostics.Add(PolicyDiagnostics.MissingDefinition(reference.Location, reference.DefinitionName));
                continue;
            }

            var passed = new Dictionary<string, (Value, SourceLocation)>(StringComparer.OrdinalIgnoreCase);
            foreach (var (name, node) in reference.Parameters)
            {
                var at = new SourceLocation(initiative.Source, node.Span);
                if (!definition.Parameters.Any(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase)))
                {
                    diagnostics.Add(PolicyDiagnostics.UnknownParameter(at, name, definition.Parameters.Select(p => p.Name)));
                    continue;
                }

                passed[name] = (reader.Evaluate(reader.Lower(node)), at);
            }

            var values = Resolve(definition, p => passed.TryGetValue(p.Name, out var value) ? value : null, diagnostics);
            if (values is not null)
            {
                registry.Add(definition, values.Value, PolicyRuleId.ForMember(initiative.Name, reference.ReferenceId));
            }
        }
    }

    // A parameter's value: supplied (and allowed), else its default, else Unknown (limited to its allowed values).
    // Values lose their origin: a finding must point into the template, never into a policy or parameter file.
    private static ImmutableArray<RuleParameter>? Resolve(PolicyDocument document, Func<PolicyParameter, (Value Value, SourceLocation Location)?> supplied, DiagnosticBag diagnostics)
    {
        var result = ImmutableArray.CreateBuilder<RuleParameter>();
        var valid = true;
        foreach (var parameter in document.Parameters)
        {
            Value value;
            if (supplied(parameter) is var (given, at))
            {
                if (!parameter.AllowedValues.IsEmpty && given is not UnknownValue
                    && !parameter.AllowedValues.Any(a => ValueEquality.AreEqual(given, a, StringComparison.OrdinalIgnoreCase)))
                {
                    diagnostics.Add(PolicyDiagnostics.InvalidParameterValue(at,
                        $"'{ValueFormatter.Display(given)}' is not an allowed value of parameter '{parameter.Name}' of {document.DisplayName} ({string.Join(", ", parameter.AllowedValues.Select(ValueFormatter.Display))})"));
                    valid = false;
                }

                value = given;
            }
            else
            {
                value = parameter.DefaultValue ?? new UnknownValue(
                    $"policy parameter '{parameter.Name}', which has no default value and no value from --policy-params", parameter.Location)
                {
                    Candidates = parameter.AllowedValues,
                };
            }

            result.Add(new RuleParameter(parameter.Name, value with { Origin = null }, parameter.Description, parameter.Location));
        }

        return valid ? result.ToImmutable() : null;
    }

    private static SourceFile? Read(string fullPath, string root, DiagnosticBag diagnostics) =>
        Discovery.Read(fullPath, Discovery.DisplayPath(fullPath, root), diagnostics);

    /// <summary>The rules so far, one per definition and parameter values, with their ids.</summary>
    private sealed class Registry(DiagnosticBag diagnostics)
    {
        private readonly HashSet<string> instances = new(StringComparer.OrdinalIgnoreCase);
        private readonly HashSet<string> failed = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, Rule> byId = new(StringComparer.Ordinal);

        public ImmutableArray<Rule> Rules => [.. byId.Values.OrderBy(r => r.Id, StringComparer.Ordinal)];

        public void Add(PolicyDefinition definition, ImmutableArray<RuleParameter> values, string? alternativeId)
        {
            var instance = $"{definition.Name}|{string.Join("|", values.Select(v => $"{v.Name}={ValueFormatter.ToJson(v.Default)}"))}";
            if (failed.Contains(definition.Name) || !instances.Add(instance))
            {
                return;
            }

            var id = PolicyRuleId.For(definition.Name);
            if (byId.TryGetValue(id, out var taken) && (alternativeId is null || byId.ContainsKey(alternativeId)))
            {
                diagnostics.Add(PolicyDiagnostics.DuplicatePolicy(definition.Location, $"rule id {id}", taken.Source?.DisplayPath ?? taken.Title));
                return;
            }

            var rule = new PolicyRuleBuilder(definition, values, diagnostics).Build(byId.ContainsKey(id) && alternativeId is not null ? alternativeId : id);
            if (rule is null)
            {
                failed.Add(definition.Name);
                return;
            }

            byId.Add(rule.Id, rule);
        }
    }
}
