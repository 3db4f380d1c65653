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
/// </summary>
public static class FieldResolver
{
    public static ImmutableArray<FieldValue> Resolve(ResourceNode resource, FieldPath path, Rule rule, ElementBinding? element = null)
    {
        if (element is not null && path.StartsWith(element.Path))
        {
            var results = ImmutableArray.CreateBuilder<FieldValue>();
            Walk(element.Value, path, element.Path.Segments.Length, element.Value.Origin ?? resource.Declaration, [], rule, results);
            return results.ToImmutable();
        }

        if (path.Segments.Length == 1 && Special(resource, path) is { } special)
        {
            return [special];
        }

        var all = ImmutableArray.CreateBuilder<FieldValue>();
        Walk(resource.Body, path, 0, resource.Declaration, [], rule, all);
        return all.ToImmutable();
    }

    private static FieldValue? Special(ResourceNode resource, FieldPath path)
    {
        var name = path.Segments[0].Name;
        var declared = resource.Body.GetEntry(name.Equals("fullName", StringComparison.OrdinalIgnoreCase) ? "name" : name);
        var location = declared?.Value.Origin ?? resource.Declaration;
        return name.ToLowerInvariant() switch
        {
            "type" => new FieldValue(path.ToString(), new StringValue(resource.Type) { Origin = location }, false, location, []),
            "fullname" => new FieldValue(path.ToString(), resource.Name, false, location, resource.Name.Trace),
            "name" => new FieldValue(path.ToString(), LastSegment(resource.Name), false, location, resource.Name.Trace),
            "apiversion" when resource.ApiVersion is { } version => new FieldValue(path.ToString(), new StringValue(version) { Origin = location }, false, location, []),
            _ => null,
        };
    }

    private static Value LastSegment(Value name) =>
        name is StringValue s && s.Value.LastIndexOf('/') is var slash and >= 0 ? s with { Value = s.Value[(slash + 1)..] } : name;

    private static void Walk(Value current, FieldPath path, int index, SourceLocation nearestKey, ImmutableArray<Hop> trace, Rule rule, ImmutableArray<FieldValue>.Builder results)
    {
        if (index == path.Segments.Length)
        {
            results.Add(new FieldValue(path.ToString(), current, false, current.Origin ?? nearestKey, current.Trace.IsDefaultOrEmpty ? trace : current.Trace));
            return;
        }

        var segment = path.Segments[index];
        switch (current)
        {
            case UnknownValue unknown:
                // Everything below an Unknown is Unknown, for the same reason; even whether it exists.
                results.Add(new FieldValue(path.ToString(), unknown, false, unknown.Origin ?? nearestKey, unknown.Trace) { BelowUnknown = true });
                return;
            case ArrayValue array when segment.IsWildcard:
                foreach (var item in array.Items)
                {
                    Walk(item, path, index + 1, item.Origin ?? nearestKey, trace, rule, results);
                }

                return;
            case ObjectValue map when segment.IsWildcard:
                foreach (var entry in map.Entries)
                {
                    Walk(entry.Value, path, index + 1, entry.KeyOrigin ?? nearestKey, trace, rule, results);
                }

                return;
            case ObjectValue obj when obj.GetEntry(segment.Name) is { } entry:
                var hops = entry.Value.Trace.IsDefaultOrEmpty ? trace : entry.Value.Trace;
                Walk(entry.Value, path, index + 1, entry.KeyOrigin ?? nearestKey, hops, rule, results);
                return;
            default:
                var fallback = rule.DefaultFor(path);
                results.Add(new FieldValue(path.ToString(), fallback, fallback is not null, nearestKey, trace));
                return;
        }
    }
}

/// <summary>The element a count…where is looking at: the counted [*] path and its current value.</summary>
public sealed record ElementBinding(FieldPath Path, Value Value);
