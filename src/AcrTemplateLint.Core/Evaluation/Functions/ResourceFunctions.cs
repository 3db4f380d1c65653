using System.Collections.Immutable;
using AcrTemplateLint.Evaluation.Values;

namespace AcrTemplateLint.Evaluation.Functions;

/// <summary>
/// Resource IDs and live resource state (ARM docs: "Resource functions"). The *ResourceId functions build a
/// structured <see cref="ResourceIdValue"/> (an Unknown name stays in it, so two references through one parameter
/// still match); reference(), list*(), pickZones() and providers() read Azure at deployment time and are Unknown.
/// </summary>
internal static class ResourceFunctions
{
    public static void Register(FunctionLibrary.Builder functions)
    {
        functions.Lazy("resourceId", call => ResourceId(call, ResourceIdKind.ResourceGroup, maxScopeArguments: 2));
        functions.Lazy("subscriptionResourceId", call => ResourceId(call, ResourceIdKind.Subscription, maxScopeArguments: 1));
        functions.Lazy("managementGroupResourceId", call => ResourceId(call, ResourceIdKind.ManagementGroup, maxScopeArguments: 1));
        functions.Lazy("tenantResourceId", call => ResourceId(call, ResourceIdKind.Tenant, maxScopeArguments: 0));
        functions.Lazy("extensionResourceId", ExtensionResourceId);
        functions.Lazy("reference", call => call.Unknown($"reference() to {Describe(call)}, which reads the deployed resource"));
        functions.Lazy("references", call => call.Unknown("references(), which reads the deployed resources"));
        functions.Lazy("list", call => call.Unknown($"{call.Name}() on {Describe(call)}, which reads the deployed resource"));
        functions.Lazy("pickZones", call => call.Unknown("pickZones(), which depends on the availability zones of the region"));
        functions.Lazy("providers", call => call.Unknown("providers(), which reads the resource provider registered in the subscription"));
    }

    // xResourceId([scope...], 'Namespace/type[/child...]', name1, [name2...]): the scope arguments come first, and the
    // first argument that contains '/' is the type.
    private static Value ResourceId(FunctionCall call, ResourceIdKind kind, int maxScopeArguments)
    {
        var arguments = call.All().ToList();
        var typeIndex = arguments.FindIndex(a => a is StringValue s && s.Value.Contains('/'));
        if (typeIndex < 0 || typeIndex > maxScopeArguments)
        {
            var unknown = arguments.Take(maxScopeArguments + 1).OfType<UnknownValue>().FirstOrDefault();
            return unknown is not null
                ? unknown with { Origin = call.Origin, Candidates = [] }
                : call.Invalid("expects a resource type such as 'Microsoft.ContainerRegistry/registries'");
        }

        var scope = typeIndex == 0 ? null : new ArrayValue([.. arguments.Take(typeIndex)]) { Origin = call.Origin };
        return Build(call, kind, ((StringValue)arguments[typeIndex]).Value, [.. arguments.Skip(typeIndex + 1)], scope);
    }

    // extensionResourceId(resourceId, 'Namespace/type', name...): an ID below another resource's ID.
    private static Value ExtensionResourceId(FunctionCall call)
    {
        if (call.Count < 3)
        {
            return call.Invalid($"expects at least 3 arguments but got {call.Count}");
        }

        if (!call.String(1, out var type, out var failure))
        {
            return failure;
        }

        return Build(call, ResourceIdKind.Extension, type, [.. call.All().Skip(2)], call[0]);
    }

    private static Value Build(FunctionCall call, ResourceIdKind kind, string type, ImmutableArray<Value> names, Value? scope)
    {
        // ARM accepts 'Microsoft.Network/publicIPAddresses/' with a trailing slash (it is in its own samples).
        type = type.Trim('/');
        var expected = type.Count(c => c == '/');
        if (names.Length != expected)
        {
            // ARM also takes child names written together: resourceId('Microsoft.Sql/servers/databases', 'server/db').
            if (names.All(n => n is StringValue) && names.Sum(n => ((StringValue)n).Value.Split('/').Length) == expected)
            {
                names = [.. names.SelectMany(n => ((StringValue)n).Value.Split('/').Select(part => new StringValue(part) { Origin = n.Origin }))];
            }
            else
            {
                return call.Invalid($"the type '{type}' needs {expected} name(s) but got {names.Length}");
            }
        }

        if (names.FirstOrDefault(n => n is not (StringValue or UnknownValue)) is { } bad)
        {
            return call.Invalid($"a resource name must be a string, not {bad.TypeName}");
        }

        return new ResourceIdValue(type, names, scope) { Kind = kind, Origin = call.Origin };
    }

    private static string Describe(FunctionCall call)
    {
        if (call.Count == 0)
        {
            return "a resource";
        }

        return call[0] switch
        {
            ResourceIdValue id => $"{id.ResourceType} '{string.Join("/", id.Names.Select(n => n is StringValue s ? s.Value : "?"))}'",
            StringValue s => $"'{s.Value}'",
            _ => "a resource",
        };
    }
}
