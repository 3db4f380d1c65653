using System.Collections.Immutable;
using AcrTemplateLint.Evaluation.Values;
using AcrTemplateLint.Graph;
using AcrTemplateLint.Rules.Model;
using AcrTemplateLint.Rules.Paths;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Rules.Engine;

/// <summary>
/// Resolves field paths on a resource. "type", "name" and "fullName" mean what they mean in Azure Policy: the full
/// type, the last name segment and the full name. A [*] segment yields one result per element of an array (or per
/// value of an object). Inside count…where, a path that starts with the counted [*] path reads the current element.
/// Absent fields take the rule's declared defaults; without a rule they stay absent.
/// A path mapped from an Azure Policy alias resolves in alias mode: on a resource of another type it reads nothing, a
/// live-only alias is Unknown, "id" is Unknown (its subscription and resource group are known only at deployment),
/// and nested array items are read through their own "properties" object, as the alias flattens them
/// (privateLinkServiceConnections[*].groupIds[*] reads privateLinkServiceConnections[*].properties.groupIds[*]).
/// </summary>
public static class FieldResolver
{
    public static ImmutableArray<FieldValue> Resolve(ResourceNode resource, FieldPath path, Rule? rule, ElementBinding? element = null)
    {
        if (path.Alias is { } alias && AliasValue(resource, path, alias) is { } aliased)
        {
            return [aliased];
        }

        var walk = new Walker(path, rule, throughProperties: path.Alias is not null);
        if (element is not null && path.StartsWith(element.Path))
        {
            walk.Walk(element.Value, element.Path.Segments.Length, element.Value.Origin ?? resource.Declaration, Anchor.Of(element.Value));
            return walk.Results.ToImmutable();
        }

        if (path.Segments.Length == 1 && Special(resource, path) is { } special)
        {
            return [special];
        }

        walk.Walk(resource.Body, 0, resource.Declaration, Anchor.Of(resource.Body));
        return walk.Results.ToImmutable();
    }

    // What an alias reads before the resource body is consulted: nothing on another type, Unknown for live state.
    private static FieldValue? AliasValue(ResourceNode resource, FieldPath path, PolicyAlias alias)
    {
        if (alias.ResourceType is { } type && !resource.IsType(type))
        {
            return new FieldValue(path.ToString(), null, false, resource.Declaration, []);
        }

        var reason = alias.LiveOnly
            ?? (path.Segments is [{ IsWildcard: false, Name: var name }] && name.Equals("id", StringComparison.OrdinalIgnoreCase)
                ? "the resource ID, whose subscription and resource group are known only at deployment"
                : null);
        return reason is null
            ? null
            : new FieldValue(path.ToString(), new UnknownValue(reason, null) { Origin = resource.Declaration }, false, resource.Declaration, [])
            {
                BelowUnknown = alias.LiveOnly is not null,
            };
    }

    private static FieldValue? Special(ResourceNode resource, FieldPath path)
    {
        var name = path.Segments[0].Name;
        var kind = Is(name, "type") ? "type" : Is(name, "fullName") ? "fullName" : Is(name, "name") ? "name" : Is(name, "apiVersion") ? "apiVersion" : null;
        if (kind is null)
        {
            return null;
        }

        var declared = resource.Body.GetEntry(kind == "fullName" ? "name" : kind);
        var location = declared?.Value.Origin ?? resource.Declaration;
        return kind switch
        {
            "type" => new FieldValue(path.ToString(), new StringValue(resource.Type) { Origin = location }, false, location, []),
            "fullName" => new FieldValue(path.ToString(), resource.Name, false, location, resource.Name.Trace),
            "name" => new FieldValue(path.ToString(), LastSegment(resource.Name), false, location, resource.Name.Trace),
            _ when resource.ApiVersion is { } version => new FieldValue(path.ToString(), new StringValue(version) { Origin = location }, false, location, []),
            _ => null,
        };
    }

    private static bool Is(string name, string special) => string.Equals(name, special, StringComparison.OrdinalIgnoreCase);

    private static Value LastSegment(Value name) =>
        name is StringValue s && s.Value.LastIndexOf('/') is var slash and >= 0 ? s with { Value = s.Value[(slash + 1)..] } : name;

    /// <summary>One resolution of one path; collects a result per element that [*] segments reach.</summary>
    private sealed class Walker(FieldPath path, Rule? rule, bool throughProperties)
    {
        public ImmutableArray<FieldValue>.Builder Results { get; } = ImmutableArray.CreateBuilder<FieldValue>();

        // Once the walk enters a value that came through a parameter or variable, the anchor (that value's use site)
        // stays the location of everything found below it, and where the found value is written becomes a hop.
        public void Walk(Value current, int index, SourceLocation nearestKey, Anchor? anchor)
        {
            if (index == path.Segments.Length)
            {
                Results.Add(Found(path, current, anchor, nearestKey, belowUnknown: false));
                return;
            }

            var segment = path.Segments[index];
            switch (current)
            {
                case UnknownValue unknown:
                    // Everything below an Unknown is Unknown, for the same reason; even whether it exists.
                    Results.Add(Found(path, unknown, anchor, nearestKey, belowUnknown: true));
                    return;
                case ArrayValue array when segment.IsWildcard:
                    foreach (var item in array.Items)
                    {
                        Walk(item, index + 1, item.Origin ?? nearestKey, anchor ?? Anchor.Of(item));
                    }

                    return;
                case ObjectValue map when segment.IsWildcard:
                    foreach (var entry in map.Entries)
                    {
                        Walk(entry.Value, index + 1, entry.KeyOrigin ?? nearestKey, anchor ?? Anchor.Of(entry.Value));
                    }

                    return;
                case ObjectValue obj when obj.GetEntry(segment.Name) is { } entry:
                    Walk(entry.Value, index + 1, anchor?.Location ?? entry.KeyOrigin ?? nearestKey, anchor ?? Anchor.Of(entry.Value));
                    return;
                case ObjectValue obj when throughProperties && Flattened(obj, segment) is { } inner:
                    Walk(inner.Value, index, anchor?.Location ?? inner.KeyOrigin ?? nearestKey, anchor ?? Anchor.Of(inner.Value));
                    return;
                default:
                    var fallback = rule?.DefaultFor(path);
                    Results.Add(new FieldValue(path.ToString(), fallback, fallback is not null, nearestKey, anchor?.Trace ?? []));
                    return;
            }
        }

        // An alias skips the "properties" object of a nested item: descend into it when it holds the segment (or
        // might: an Unknown properties object).
        private static ObjectEntry? Flattened(ObjectValue obj, FieldSegment segment) =>
            !segment.IsWildcard
            && !segment.Name.Equals("properties", StringComparison.OrdinalIgnoreCase)
            && obj.GetEntry("properties") is { Value: UnknownValue or ObjectValue } inner
            && (inner.Value is not ObjectValue nested || nested.GetEntry(segment.Name) is not null)
                ? inner
                : null;
    }

    private static FieldValue Found(FieldPath path, Value value, Anchor? anchor, SourceLocation nearestKey, bool belowUnknown)
    {
        if (anchor is null)
        {
            return new FieldValue(path.ToString(), value, false, value.Origin ?? nearestKey, value.Trace) { BelowUnknown = belowUnknown };
        }

        var trace = value.Origin is { } written && written != anchor.Location
            ? anchor.Trace.Add(new Hop($"{path} written here", written)).AddRange(value.Trace)
            : anchor.Trace.AddRange(value.Trace);
        return new FieldValue(path.ToString(), value, false, anchor.Location, trace) { BelowUnknown = belowUnknown };
    }

    /// <summary>The use site of a value that came through a parameter or variable, and the hops it took.</summary>
    private sealed record Anchor(SourceLocation Location, ImmutableArray<Hop> Trace)
    {
        public static Anchor? Of(Value value) =>
            !value.Trace.IsDefaultOrEmpty && value.Origin is { } origin ? new Anchor(origin, value.Trace) : null;
    }
}

/// <summary>The element a count…where is looking at: the counted [*] path and its current value.</summary>
public sealed record ElementBinding(FieldPath Path, Value Value);
