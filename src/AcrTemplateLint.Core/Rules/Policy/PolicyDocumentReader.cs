using System.Collections.Immutable;
using AcrTemplateLint.Arm;
using AcrTemplateLint.Arm.Json;
using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Evaluation.Values;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Rules.Policy;

/// <summary>
/// Reads a policy file as Azure exports it ({ "properties": {...}, "name", "id" }), as the properties object alone,
/// or as a bare policy rule ({ "if", "then" }). Keys are case-insensitive; every problem is reported with its position.
/// </summary>
internal sealed class PolicyDocumentReader
{
    private readonly SourceFile file;
    private readonly DiagnosticBag diagnostics;

    public PolicyDocumentReader(SourceFile file, DiagnosticBag diagnostics)
    {
        this.file = file;
        this.diagnostics = diagnostics;
    }

    /// <summary>The document, or null: malformed (reported) or not a policy at all (reported when <paramref name="mustBePolicy"/>).</summary>
    public PolicyDocument? Read(JsonObject root, bool mustBePolicy)
    {
        var properties = root["properties"] as JsonObject ?? root;
        var name = String(root, "name") ?? String(properties, "name") ?? Path.GetFileNameWithoutExtension(file.FullPath);
        var id = String(root, "id");
        if (properties.GetProperty("policyRule") is { } rule)
        {
            return ReadDefinition(properties, rule.Value, name, id);
        }

        if (properties.GetProperty("policyDefinitions") is { } references)
        {
            return ReadInitiative(properties, references.Value, name, id);
        }

        if (root.GetProperty("if") is not null && root.GetProperty("then") is not null)
        {
            return ReadDefinition(root, root, name, id);
        }

        if (mustBePolicy)
        {
            diagnostics.Add(PolicyDiagnostics.NotAPolicy(At(root)));
        }

        return null;
    }

    private PolicyDefinition? ReadDefinition(JsonObject properties, JsonNode ruleNode, string name, string? id)
    {
        var parameters = ReadParameters(properties);
        if (ruleNode is not JsonObject rule)
        {
            diagnostics.Add(PolicyDiagnostics.WrongType(At(ruleNode), "policyRule", "an object with 'if' and 'then'"));
            return null;
        }

        var condition = Required<JsonObject>(rule, "if", "policy rule", "an object (a condition)");
        var then = Required<JsonObject>(rule, "then", "policy rule", "an object with 'effect'");
        if (condition is null || then is null || parameters is null)
        {
            return null;
        }

        var displayName = String(properties, "displayName") ?? name;
        var category = (properties["metadata"] as JsonObject)?["category"] is JsonString c ? c.Value : null;
        return new PolicyDefinition(name, displayName, id, parameters.Value, At(properties), String(properties, "description"),
            String(properties, "mode") ?? "Indexed", category, condition, then);
    }

    private PolicySetDefinition? ReadInitiative(JsonObject properties, JsonNode referencesNode, string name, string? id)
    {
        var parameters = ReadParameters(properties);
        if (referencesNode is not JsonArray list)
        {
            diagnostics.Add(PolicyDiagnostics.WrongType(At(referencesNode), "policyDefinitions", "an array of { policyDefinitionId, parameters }"));
            return null;
        }

        var references = ImmutableArray.CreateBuilder<PolicyReference>();
        foreach (var item in list.Items)
        {
            if (ReadReference(item, references.Count) is { } reference)
            {
                references.Add(reference);
            }
        }

        return parameters is null || references.Count != list.Items.Length
            ? null
            : new PolicySetDefinition(name, String(properties, "displayName") ?? name, id, parameters.Value, At(properties), references.ToImmutable());
    }

    private PolicyReference? ReadReference(JsonNode node, int index)
    {
        if (node is not JsonObject reference)
        {
            diagnostics.Add(PolicyDiagnostics.WrongType(At(node), "policyDefinitions[]", "an object with 'policyDefinitionId'"));
            return null;
        }

        if (Required<JsonString>(reference, "policyDefinitionId", "initiative member", "a string") is not { } definitionId)
        {
            return null;
        }

        var values = ImmutableArray.CreateBuilder<(string, JsonNode)>();
        if (reference["parameters"] is { } parametersNode)
        {
            if (parametersNode is not JsonObject parameters)
            {
                diagnostics.Add(PolicyDiagnostics.WrongType(At(parametersNode), "parameters", "an object of { \"name\": { \"value\": … } }"));
                return null;
            }

            foreach (var parameter in parameters.Properties)
            {
                if (parameter.Value is not JsonObject { } entry || entry["value"] is not { } value)
                {
                    diagnostics.Add(PolicyDiagnostics.MissingKey(At(parameter.Value), "value", $"value of parameter '{parameter.Name.Value}'"));
                    return null;
                }

                values.Add((parameter.Name.Value, value));
            }
        }

        var definitionName = NameOf(definitionId.Value);
        var referenceId = String(reference, "policyDefinitionReferenceId") ?? $"{definitionName}#{index}";
        return new PolicyReference(definitionName, referenceId, values.ToImmutable(), At(definitionId));
    }

    private ImmutableArray<PolicyParameter>? ReadParameters(JsonObject properties)
    {
        if (properties["parameters"] is not { } node)
        {
            return [];
        }

        if (node is not JsonObject map)
        {
            diagnostics.Add(PolicyDiagnostics.WrongType(At(node), "parameters", "an object of parameter definitions"));
            return null;
        }

        var result = ImmutableArray.CreateBuilder<PolicyParameter>();
        foreach (var property in map.Properties)
        {
            if (property.Value is not JsonObject definition)
            {
                diagnostics.Add(PolicyDiagnostics.WrongType(At(property.Value), property.Name.Value, "an object with 'type' and optionally 'defaultValue'"));
                return null;
            }

            var allowed = ImmutableArray<Value>.Empty;
            if (definition["allowedValues"] is { } allowedNode)
            {
                if (allowedNode is not JsonArray allowedList)
                {
                    diagnostics.Add(PolicyDiagnostics.WrongType(At(allowedNode), "allowedValues", "an array"));
                    return null;
                }

                allowed = [.. allowedList.Items.Select(i => ArmLowering.ToValue(file, i))];
            }

            var description = (definition["metadata"] as JsonObject)?["description"] is JsonString d ? d.Value : null;
            var defaultValue = definition["defaultValue"] is { } value ? ArmLowering.ToValue(file, value) : null;
            result.Add(new PolicyParameter(property.Name.Value, defaultValue, allowed, description, new SourceLocation(file, property.Name.Span)));
        }

        return result.ToImmutable();
    }

    private T? Required<T>(JsonObject owner, string key, string where, string expected)
        where T : JsonNode
    {
        switch (owner[key])
        {
            case T node:
                return node;
            case null:
                diagnostics.Add(PolicyDiagnostics.MissingKey(At(owner), key, where));
                return null;
            case var other:
                diagnostics.Add(PolicyDiagnostics.WrongType(At(other), key, expected));
                return null;
        }
    }

    /// <summary>A definition's or initiative's name: the last segment of its id (".../policyDefinitions/NAME").</summary>
    public static string NameOf(string id)
    {
        var trimmed = id.TrimEnd('/');
        return trimmed[(trimmed.LastIndexOf('/') + 1)..];
    }

    private static string? String(JsonObject owner, string key) => owner[key] is JsonString s ? s.Value : null;

    private SourceLocation At(JsonNode node) => new(file, node.Span);
}
