using System.Collections.Immutable;
using AcrTemplateLint.Evaluation.Values;
using AcrTemplateLint.Graph;
using AcrTemplateLint.Rules.Model;

namespace AcrTemplateLint.Rules.Engine;

/// <summary>
/// Follows a rule's relations within one resource graph, and into the other analysed files through a
/// <see cref="ResourceIndex"/> when one is given (without it, a parent that is not in this graph is a deferred
/// lookup, not a verdict).
/// </summary>
public sealed class GraphResolver
{
    private const string PrivateEndpointType = "Microsoft.Network/privateEndpoints";

    private static readonly List<ResourceNode> None = [];

    private readonly ResourceGraph graph;
    private readonly ResourceIndex? global;

    // The graph's resources by type, in graph order, made on first use: relations followed from every registry of a
    // graph scanned the whole graph once per registry.
    private Dictionary<string, List<ResourceNode>>? byType;

    public GraphResolver(ResourceGraph graph, ResourceIndex? global)
    {
        this.graph = graph;
        this.global = global;
    }

    public RelatedSet Resolve(ResourceNode resource, RelatedDeclaration relation) => relation.Kind switch
    {
        RelationKind.Parent => Parent(resource),
        RelationKind.Children => Children(resource, relation.Type ?? ""),
        RelationKind.PrivateEndpoints => PrivateEndpoints(resource, relation.GroupId),
        _ => RelatedSet.None,
    };

    private RelatedSet Parent(ResourceNode child)
    {
        var parentType = child.Type[..Math.Max(0, child.Type.LastIndexOf('/'))];
        var declared = child.Parent;
        if (declared is null)
        {
            if (child.Name is not StringValue full || full.Value.LastIndexOf('/') is not (var slash and > 0))
            {
                var reason = child.Name is UnknownValue u ? u.Reason : "the resource's name";
                return RelatedSet.Undecided(new UnknownValue($"the parent of '{child.SymbolicName ?? child.ShortType}', whose name depends on {reason}", child.Declaration));
            }

            var parentName = full.Value[..slash];
            var candidates = OfType(parentType);
            declared = candidates.Find(r => !r.IsExisting && r.Name is StringValue n && Same(n.Value, parentName))
                ?? candidates.Find(r => r.Name is StringValue n && Same(n.Value, parentName));
            if (declared is null)
            {
                return Elsewhere(parentType, parentName, child);
            }
        }

        if (!declared.IsExisting)
        {
            return new RelatedSet([new RelatedItem(declared, null)], 0, null);
        }

        // An `existing` parent is deployed elsewhere: its properties come from a declaration in another analysed file.
        return declared.Name is StringValue name
            ? Elsewhere(declared.Type, name.Value, declared)
            : RelatedSet.Undecided(new UnknownValue($"the existing {Kind(declared.Type)} '{declared.SymbolicName}', whose name is not known", declared.Declaration));
    }

    private RelatedSet Elsewhere(string type, string name, ResourceNode from)
    {
        var set = global is null
            ? RelatedSet.Undecided(new UnknownValue($"{Kind(type)} '{name}'", from.Declaration))
            : global.Find(type, name) is { } found
                ? new RelatedSet([new RelatedItem(found, null)], 0, null)
                : RelatedSet.Undecided(new UnknownValue($"{Kind(type)} '{name}', which is not declared in the analysed files", from.Declaration));
        return set with { NeedsGlobalLookup = true };
    }

    private RelatedSet Children(ResourceNode parent, string type)
    {
        var prefix = parent.Name is StringValue n ? n.Value + "/" : null;
        var children = OfType(type)
            .Where(r => !r.IsExisting && Deployed(r) != Truth.False)
            .Where(r => r.Parent == parent || (prefix is not null && r.Name is StringValue c && c.Value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
            .Select(r => new RelatedItem(r, r.Body["name"]))
            .ToImmutableArray();
        return new RelatedSet(children, 0, null);
    }

    private RelatedSet PrivateEndpoints(ResourceNode target, string? groupId)
    {
        var certain = ImmutableArray.CreateBuilder<RelatedItem>();
        var possible = 0;
        UnknownValue? unknown = null;
        foreach (var endpoint in OfType(PrivateEndpointType))
        {
            if (endpoint.IsExisting)
            {
                continue;
            }

            var deployed = Deployed(endpoint);
            if (deployed == Truth.False)
            {
                continue;
            }

            foreach (var connection in Connections(endpoint))
            {
                var link = (connection["properties"] as ObjectValue)?["privateLinkServiceId"];
                if (link is null)
                {
                    continue;
                }

                var refers = ResourceReferences.Refers(link, target);
                var matchesGroup = groupId is null ? Truth.True : HasGroup(connection, groupId);
                var related = And(And(refers, matchesGroup), deployed);
                if (related == Truth.True)
                {
                    certain.Add(new RelatedItem(endpoint, link));
                    break;
                }

                if (related == Truth.Unknown)
                {
                    possible++;
                    unknown ??= link as UnknownValue ?? endpoint.Condition as UnknownValue
                        ?? new UnknownValue($"the target of private endpoint '{Name(endpoint)}'", link.Origin);
                }
            }
        }

        foreach (var module in graph.UnresolvedModules)
        {
            possible++;
            unknown ??= new UnknownValue($"module '{module.Reference}', which acrlint cannot follow ({module.Reason})", module.Location);
        }

        return new RelatedSet(certain.ToImmutable(), possible, unknown);
    }

    private List<ResourceNode> OfType(string type)
    {
        if (byType is null)
        {
            byType = new Dictionary<string, List<ResourceNode>>(StringComparer.OrdinalIgnoreCase);
            foreach (var resource in graph.Resources)
            {
                if (!byType.TryGetValue(resource.Type, out var list))
                {
                    byType[resource.Type] = list = [];
                }

                list.Add(resource);
            }
        }

        return byType.GetValueOrDefault(type) ?? None;
    }

    private static IEnumerable<ObjectValue> Connections(ResourceNode endpoint)
    {
        var properties = endpoint.Body["properties"] as ObjectValue;
        foreach (var key in new[] { "privateLinkServiceConnections", "manualPrivateLinkServiceConnections" })
        {
            if (properties?[key] is ArrayValue array)
            {
                foreach (var item in array.Items.OfType<ObjectValue>())
                {
                    yield return item;
                }
            }
        }
    }

    private static Truth HasGroup(ObjectValue connection, string groupId) => (connection["properties"] as ObjectValue)?["groupIds"] switch
    {
        ArrayValue ids when ids.Items.Any(i => i is StringValue s && Same(s.Value, groupId)) => Truth.True,
        ArrayValue ids when ids.Items.Any(i => i is UnknownValue) => Truth.Unknown,
        UnknownValue => Truth.Unknown,
        _ => Truth.False,
    };

    private static Truth Deployed(ResourceNode resource) => resource.Condition switch
    {
        null => Truth.True,
        BooleanValue b => TruthExtensions.From(b.Value),
        _ => Truth.Unknown,
    };

    private static Truth And(Truth a, Truth b) =>
        a == Truth.False || b == Truth.False ? Truth.False : a == Truth.Unknown || b == Truth.Unknown ? Truth.Unknown : Truth.True;

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static string Name(ResourceNode resource) => resource.Name is StringValue s ? s.Value : resource.SymbolicName ?? resource.ShortType;

    /// <summary>"registry" for Microsoft.ContainerRegistry/registries, "agent pool" for …/agentPools: how messages name a type.</summary>
    public static string Kind(string type)
    {
        var plural = type[(type.LastIndexOf('/') + 1)..];
        var single = plural.EndsWith("ies", StringComparison.Ordinal) ? plural[..^3] + "y"
            : plural.EndsWith('s') ? plural[..^1]
            : plural;
        var kind = new System.Text.StringBuilder(single.Length + 4);
        for (var i = 0; i < single.Length; i++)
        {
            if (char.IsUpper(single[i]) && i > 0)
            {
                kind.Append(' ');
            }

            kind.Append(char.ToLowerInvariant(single[i]));
        }

        return kind.ToString();
    }
}
