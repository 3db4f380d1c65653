using System.Collections.Immutable;
using AcrTemplateLint.Arm;
using AcrTemplateLint.Arm.Json;
using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Evaluation.Values;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Rules.Policy;

/// <summary>
/// Parameter values from --policy-params files, in the format of a policy assignment:
/// { "properties": { "policyDefinitionId": "…/policyDefinitions/NAME", "parameters": { "effect": { "value": "Deny" } } } },
/// the same without "properties", an array of those, or just the "parameters" object. An assignment with a
/// policyDefinitionId (or policySetDefinitions id) applies to that definition or initiative only; one without
/// applies to every loaded policy that declares the parameter.
/// </summary>
public sealed class PolicyAssignments
{
    private readonly ImmutableArray<Entry> entries;
    private readonly HashSet<Entry> used = [];

    private PolicyAssignments(ImmutableArray<Entry> entries) => this.entries = entries;

    public static PolicyAssignments None { get; } = new([]);

    /// <summary>A supplied value: the parameter's name, its value and where it is written.</summary>
    public sealed record Entry(string? Target, string Name, Value Value, SourceLocation Location);

    public static PolicyAssignments Read(IEnumerable<SourceFile> files, DiagnosticBag diagnostics)
    {
        var entries = ImmutableArray.CreateBuilder<Entry>();
        foreach (var file in files)
        {
            switch (JsonParser.Parse(file, diagnostics))
            {
                case JsonArray assignments:
                    foreach (var item in assignments.Items)
                    {
                        ReadAssignment(file, item, entries, diagnostics);
                    }

                    break;
                case { } root:
                    ReadAssignment(file, root, entries, diagnostics);
                    break;
            }
        }

        return new PolicyAssignments(entries.ToImmutable());
    }

    /// <summary>The value supplied for a parameter of the named definition or initiative: a targeted assignment first.</summary>
    public Entry? Lookup(string policyName, string parameter)
    {
        var found = entries.FirstOrDefault(e => Matches(e, parameter) && string.Equals(e.Target, policyName, StringComparison.OrdinalIgnoreCase))
            ?? entries.FirstOrDefault(e => Matches(e, parameter) && e.Target is null);
        if (found is not null)
        {
            used.Add(found);
        }

        return found;
    }

    /// <summary>Warns about values that no loaded policy used (a misspelt parameter or definition id).</summary>
    public void ReportUnused(DiagnosticBag diagnostics)
    {
        foreach (var entry in entries.Where(e => !used.Contains(e)))
        {
            diagnostics.Add(PolicyDiagnostics.UnusedParameterValue(entry.Location, entry.Name));
        }
    }

    private static bool Matches(Entry entry, string parameter) => string.Equals(entry.Name, parameter, StringComparison.OrdinalIgnoreCase);

    private static void ReadAssignment(SourceFile file, JsonNode node, ImmutableArray<Entry>.Builder entries, DiagnosticBag diagnostics)
    {
        if (node is not JsonObject assignment)
        {
            diagnostics.Add(PolicyDiagnostics.WrongType(new SourceLocation(file, node.Span), "a policy assignment", "an object"));
            return;
        }

        var body = assignment["properties"] as JsonObject ?? assignment;
        var isAssignment = body != assignment || assignment.GetProperty("parameters") is not null || assignment.GetProperty("policyDefinitionId") is not null;
        var parameters = isAssignment ? body["parameters"] : assignment;
        var target = body["policyDefinitionId"] is JsonString id ? PolicyDocumentReader.NameOf(id.Value) : null;
        if (parameters is null)
        {
            return;
        }

        if (parameters is not JsonObject values)
        {
            diagnostics.Add(PolicyDiagnostics.WrongType(new SourceLocation(file, parameters.Span), "parameters", "an object of { \"name\": { \"value\": … } }"));
            return;
        }

        foreach (var parameter in values.Properties)
        {
            if (parameter.Value is JsonObject entry && entry.GetProperty("value") is { } value)
            {
                entries.Add(new Entry(target, parameter.Name.Value, ArmLowering.ToValue(file, value.Value), new SourceLocation(file, value.Value.Span)));
            }
            else
            {
                diagnostics.Add(PolicyDiagnostics.MissingKey(new SourceLocation(file, parameter.Name.Span), "value", $"value of parameter '{parameter.Name.Value}'"));
            }
        }
    }
}
