using AcrTemplateLint.Evaluation.Values;
using AcrTemplateLint.Graph;

namespace AcrTemplateLint.Rules.Engine;

/// <summary>Does a resource ID value (resourceId(), acr.id, or a literal ID string) refer to a given resource?</summary>
public static class ResourceReferences
{
    public static Truth Refers(Value id, ResourceNode resource) => id switch
    {
        ResourceIdValue structured => Compare(structured.ResourceType, structured.Names, resource),
        StringValue text when Parse(text.Value) is { } parsed => Compare(parsed.Type, parsed.Names, resource),
        StringValue => Truth.False,
        UnknownValue => Truth.Unknown,
        _ => Truth.False,
    };

    private static Truth Compare(string type, IReadOnlyList<Value> names, ResourceNode resource)
    {
        if (!resource.IsType(type))
        {
            return Truth.False;
        }

        if (resource.Name is not StringValue full)
        {
            // Two references through the same unknown (the same parameter) are the same resource.
            return names.Count == 1 && names[0] is UnknownValue u && resource.Name is UnknownValue r && SameUnknown(u, r) ? Truth.True : Truth.Unknown;
        }

        var segments = full.Value.Split('/');
        if (segments.Length != names.Count)
        {
            return Truth.False;
        }

        var result = Truth.True;
        for (var i = 0; i < segments.Length; i++)
        {
            switch (names[i])
            {
                case StringValue s when string.Equals(s.Value, segments[i], StringComparison.OrdinalIgnoreCase):
                    break;
                case StringValue:
                    return Truth.False;
                default:
                    result = Truth.Unknown;
                    break;
            }
        }

        return result;
    }

    private static bool SameUnknown(UnknownValue a, UnknownValue b) => a.Reason == b.Reason && a.DependsOn == b.DependsOn;

    // "/subscriptions/…/resourceGroups/…/providers/Microsoft.ContainerRegistry/registries/name[/child/name]"
    private static (string Type, List<Value> Names)? Parse(string id)
    {
        var index = id.LastIndexOf("/providers/", StringComparison.OrdinalIgnoreCase);
        if (index < 0)
        {
            return null;
        }

        var parts = id[(index + "/providers/".Length)..].Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 3 || parts.Length % 2 == 0)
        {
            return null;
        }

        var type = parts[0] + string.Concat(parts.Skip(1).Where((_, i) => i % 2 == 0).Select(t => "/" + t));
        var names = parts.Skip(2).Where((_, i) => i % 2 == 0).Select(n => (Value)new StringValue(n)).ToList();
        return (type, names);
    }
}
