using System.Collections.Frozen;
using System.Text;
using AcrTemplateLint.Rules.Paths;

namespace AcrTemplateLint.Rules.Policy;

/// <summary>
/// Maps Azure Policy field aliases to template paths by the documented convention: the alias splits at its last '/'
/// into the resource type and a property path; name, fullName, type, location, kind, tags, id, sku, identity, zones
/// and plan stay at the top of the resource body, every other property lives under "properties"
/// (Microsoft.ContainerRegistry/registries/networkRuleSet.defaultAction → properties.networkRuleSet.defaultAction).
/// The alias itself goes with the path, so it resolves in alias mode (FieldResolver), and read-only aliases are
/// marked live-only (<see cref="LiveAliases"/>).
/// </summary>
public static class AliasMapper
{
    private static readonly FrozenSet<string> TopLevel = FrozenSet.ToFrozenSet(
        ["name", "fullName", "type", "location", "kind", "tags", "id", "sku", "identity", "zones", "plan"], StringComparer.OrdinalIgnoreCase);

    /// <summary>The template path of a field or alias, or null with the reason it is malformed.</summary>
    public static FieldPath? Map(string alias, out string? error)
    {
        var (type, path) = Parse(alias, out error);
        if (path is null)
        {
            return null;
        }

        if (type is null && !IsTopLevel(path))
        {
            error = "a field is type, name, fullName, location, kind, id, tags, identity… or an alias that starts with its resource type "
                + "(Microsoft.ContainerRegistry/registries/publicNetworkAccess)";
            return null;
        }

        var mapped = UnderProperties(path);
        return mapped.WithAlias(new PolicyAlias(alias, type, type is null ? null : LiveAliases.Reason(type, mapped)));
    }

    /// <summary>An alias's property path in the resource body: under "properties" unless it is a top-level field.</summary>
    internal static FieldPath UnderProperties(FieldPath property) =>
        IsTopLevel(property) || property.Segments[0].Name.Equals("properties", StringComparison.OrdinalIgnoreCase) ? property : property.Prepend("properties");

    /// <summary>Splits an alias into its resource type (null for a bare field) and its property path as written.</summary>
    internal static (string? Type, FieldPath? Path) Parse(string alias, out string? error)
    {
        var text = alias.Trim();
        var slash = LastSlashOutsideBrackets(text);
        var type = slash < 0 ? null : text[..slash];
        var property = slash < 0 ? text : text[(slash + 1)..];
        if (type is { Length: 0 } || (type is not null && !type.Contains('/') && type != "*"))
        {
            error = "the resource type before the property is incomplete (expected Namespace/type/property)";
            return (null, null);
        }

        var path = FieldPath.TryParse(QuoteBracketKeys(property), out error);
        if (path is not null && path.Segments[0].IsWildcard)
        {
            error = "an alias's property cannot start with [*]";
            return (null, null);
        }

        return (type, path);
    }

    private static bool IsTopLevel(FieldPath path) => TopLevel.Contains(path.Segments[0].Name);

    private static int LastSlashOutsideBrackets(string text)
    {
        var depth = 0;
        var last = -1;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '[':
                    depth++;
                    break;
                case ']':
                    depth = Math.Max(0, depth - 1);
                    break;
                case '/' when depth == 0:
                    last = i;
                    break;
            }
        }

        return last;
    }

    // Policy writes tags[cost center] as well as tags['cost center']; field paths want the quotes.
    private static string QuoteBracketKeys(string text)
    {
        var builder = new StringBuilder(text.Length + 4);
        for (var i = 0; i < text.Length; i++)
        {
            var close = text[i] == '[' ? text.IndexOf(']', i) : -1;
            if (close > i + 1 && text[i + 1] != '\'' && text[i + 1] != '*')
            {
                builder.Append("['").Append(text, i + 1, close - i - 1).Append("']");
                i = close;
            }
            else
            {
                builder.Append(text[i]);
            }
        }

        return builder.ToString();
    }
}
