using System.Collections.Immutable;
using AcrTemplateLint.Evaluation.Values;

namespace AcrTemplateLint.Evaluation.Functions;

/// <summary>
/// The functions that describe where a template is deployed (ARM docs: "Deployment functions" and "Scope
/// functions"). acrlint never knows the subscription, resource group, tenant or cloud, so they give objects whose
/// members are Unknown with a reason that says what they depend on; nothing is invented.
/// </summary>
internal static class DeploymentFunctions
{
    public static void Register(FunctionLibrary.Builder functions)
    {
        functions.Strict("resourceGroup", 0, 0, Described("resourceGroup()", "id", "name", "type", "location", "managedBy", "tags", "properties"));
        functions.Strict("subscription", 0, 0, Described("subscription()", "id", "subscriptionId", "tenantId", "displayName"));
        functions.Strict("tenant", 0, 0, Described("tenant()", "countryCode", "displayName", "id", "tenantId"));
        functions.Strict("managementGroup", 0, 1, Described("managementGroup()", "id", "name", "properties", "type"));
        functions.Strict("deployment", 0, 0, Described("deployment()", "name", "location", "properties"));
        functions.Strict("environment", 0, 0, Described("environment()", "name", "gallery", "graph", "portal", "graphAudience",
            "activeDirectoryDataLake", "batch", "media", "sqlManagement", "vmImageAliasDoc", "resourceManager", "authentication", "suffixes"));
        functions.Strict("extensions", 0, 1, call => call.Unknown(call.Count == 1 && call[0] is StringValue alias
            ? $"the configuration of extension '{alias.Value}', which is supplied at deployment"
            : "the configuration of the template's extensions, which is supplied at deployment"));
    }

    // What a function gives: an object whose members are known only at deployment. The reasons are written once,
    // not at every call.
    private static TemplateFunction Described(string function, params string[] members)
    {
        var reason = function == "environment()" ? "which depends on the Azure cloud deployed to" : "which is known only at deployment";
        var reasons = Array.ConvertAll(members, member => $"{function}.{member}, {reason}");
        return call =>
        {
            var entries = ImmutableArray.CreateBuilder<ObjectEntry>(members.Length);
            for (var i = 0; i < members.Length; i++)
            {
                entries.Add(new ObjectEntry(members[i], new UnknownValue(reasons[i], call.Origin) { Origin = call.Origin }, null));
            }

            return call.Object(entries.MoveToImmutable());
        };
    }
}
