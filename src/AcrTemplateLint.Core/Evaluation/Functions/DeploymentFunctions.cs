using System.Collections.Immutable;
using AcrTemplateLint.Evaluation.Values;

namespace AcrTemplateLint.Evaluation.Functions;

/// <summary>
/// Functions that describe where the template is deployed, and functions that read live Azure state. acrlint never
/// knows either, so they give objects of Unknowns (whose reasons say what they depend on) or Unknown outright.
/// </summary>
internal static class DeploymentFunctions
{
    public static void Register(FunctionLibrary.Builder functions)
    {
        functions.Strict("resourceGroup", 0, 0, call => Describe(call, "resourceGroup()", "id", "name", "type", "location", "managedBy", "tags", "properties"));
        functions.Strict("subscription", 0, 0, call => Describe(call, "subscription()", "id", "subscriptionId", "tenantId", "displayName"));
        functions.Strict("tenant", 0, 0, call => Describe(call, "tenant()", "countryCode", "displayName", "id", "tenantId"));
        functions.Strict("managementGroup", 0, 1, call => Describe(call, "managementGroup()", "id", "name", "properties", "type"));
        functions.Strict("deployment", 0, 0, call => Describe(call, "deployment()", "name", "location", "properties"));
        functions.Strict("environment", 0, 0, call => Describe(call, "environment()", "name", "gallery", "graph", "portal", "graphAudience",
            "activeDirectoryDataLake", "batch", "media", "sqlManagement", "vmImageAliasDoc", "resourceManager", "authentication", "suffixes"));
        functions.Lazy("resourceId", ResourceId);
        functions.Lazy("reference", call => call.Unknown("reference(), which reads a deployed resource"));
        functions.Lazy("list", call => call.Unknown($"{call.Name}(), which reads a deployed resource"));
        functions.Lazy("listKeys", call => call.Unknown($"{call.Name}(), which reads a deployed resource"));
    }

    private static Value Describe(FunctionCall call, string function, params string[] members)
    {
        var entries = members.Select(member => new ObjectEntry(member,
            new UnknownValue($"{function}.{member}, which is known only at deployment", call.Origin) { Origin = call.Origin }, null));
        return new ObjectValue([.. entries]) { Origin = call.Origin };
    }

    // resourceId([subscriptionId], [resourceGroupName], resourceType, name1, name2...): the leading scope arguments
    // are recognised because a resource type always contains '/'. Unknown names are kept, so two references through
    // the same parameter still point at the same resource.
    private static Value ResourceId(FunctionCall call)
    {
        var arguments = call.All().ToList();
        if (arguments.Take(3).FirstOrDefault(a => a is UnknownValue) is UnknownValue unknownPart
            && !arguments.Take(3).Any(a => a is StringValue s && s.Value.Contains('/')))
        {
            return unknownPart with { Origin = call.Origin, Candidates = [] };
        }

        var typeIndex = arguments.FindIndex(a => a is StringValue s && s.Value.Contains('/'));
        if (typeIndex < 0 || typeIndex > 2)
        {
            return call.Invalid("expects a resource type such as 'Microsoft.ContainerRegistry/registries'");
        }

        var type = ((StringValue)arguments[typeIndex]).Value;
        var names = arguments.Skip(typeIndex + 1).ToImmutableArray();
        if (names.Length != type.Count(c => c == '/'))
        {
            return call.Invalid($"the type '{type}' needs {type.Count(c => c == '/')} name segment(s) but got {names.Length}");
        }

        Value? scope = typeIndex == 0 ? null : new ArrayValue([.. arguments.Take(typeIndex)]);
        return new ResourceIdValue(type, names, scope) { Origin = call.Origin };
    }
}
