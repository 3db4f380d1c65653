using System.Collections.Immutable;
using AcrTemplateLint.Evaluation.Values;
using AcrTemplateLint.Graph;
using AcrTemplateLint.Rules.Model;
using AcrTemplateLint.Rules.Paths;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Rules.Engine;

/// <summary>
/// Resolves field paths on a resource. "type", "name" and "fullName" mean what they mean in Azure Policy: the full
/// type, the last name segment and the full name. A [*] segment yields one result per array element.
/// </summary>
public static class FieldResolver
{
    public static ImmutableArray<FieldValue> Resolve(ResourceNode resource, FieldPath path, Rule rule)
    {
        if (path.Segments.Length == 1 && Special(resource, path) is { } special)
        {
            return [special];
        }

        var results = ImmutableArray.CreateBuilder<FieldValue>();
        Walk(resource.Body, 0, resource.Declaration, [], path, rule, results);
        return results.ToImmutable();
    }

    private static FieldValue? Special(ResourceNode resource, FieldPath path)
    {
        var name = path.Segments[0].Name;
        var declared = resource.Body.GetEntry(name == "fullName" ? "name" : name);
        var location = declared?.Value.Origin ?? resource.Declaration;
        return name.ToLowerInvariant() switch
        {
            "type" => new FieldValue(path, new StringValue(resource.Type) { Origin = location }, false, location, []),
            "fullname" => new FieldValue(path, resource.Name, false, location, resource.Name.Trace),
            "name" => new FieldValue(path, LastSegment(resource.Name), false, location, resource.Name.Trace),
            _ => null,
        };
    }

    private static Value LastSegment(Value name) =>
        name is StringValue s && s.Value.LastIndexOf('/') is var slash and >= 0 ? s with { Value = s.Value[(slash + 1)..] } : name;

    private static void Walk(Value current, int index, SourceLocation nearestKey, ImmutableArray<Hop> trace, FieldPath path, Rule rule, ImmutableArray<FieldValue>.Builder results)
    {
        if (index == path.Segments.Length)
        {
            results.Add(new FieldValue(path, current, false, current.Origin ?? nearestKey, current.Trace.IsDefaultOrEmpty ? trace : current.Trace));
            return;
        }

        var segment = path.Segments[index];
        switch (current)
        {
            case UnknownValue unknown:
                // Everything below an Unknown is Unknown, for the same reason.
                results.Add(new FieldValue(path, unknown, false, unknown.Origin ?? nearestKey, unknown.Trace) { BelowUnknown = true });
                return;
            case ArrayValue array when segment.IsWildcard:
                foreach (var item in array.Items)
                {
                    Walk(item, index + 1, item.Origin ?? nearestKey, trace, path, rule, results);
                }

                return;
            case ObjectValue obj when !segment.IsWildcard && obj.GetEntry(segment.Name) is { } entry:
                var hops = entry.Value.Trace.IsDefaultOrEmpty ? trace : entry.Value.Trace;
                Walk(entry.Value, index + 1, entry.KeyOrigin ?? nearestKey, hops, path, rule, results);
                return;
            default:
                var fallback = rule.DefaultFor(path);
                results.Add(new FieldValue(path, fallback, fallback is not null, nearestKey, trace));
                return;
        }
    }
}
