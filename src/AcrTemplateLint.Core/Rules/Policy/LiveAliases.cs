using System.Collections.Immutable;
using AcrTemplateLint.Arm.Json;
using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Rules.Engine;
using AcrTemplateLint.Rules.Paths;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Rules.Policy;

/// <summary>
/// Aliases of read-only state that only a deployed resource has (rules/policy/live-aliases.json, shipped inside the
/// assembly). A template never sets them, so acrlint reads them as Unknown rather than as absent.
/// </summary>
public static class LiveAliases
{
    private const string Resource = "policy/live-aliases.json";

    private static readonly Lazy<ImmutableArray<(string Type, FieldPath Path)>> Entries = new(Load);

    /// <summary>The aliases as listed in the data file.</summary>
    public static IEnumerable<string> Names => Entries.Value.Select(e => $"{e.Type}/{e.Path}");

    /// <summary>Why a template cannot hold this mapped alias, or null when it can.</summary>
    public static string? Reason(string type, FieldPath mapped)
    {
        foreach (var (entryType, entryPath) in Entries.Value)
        {
            if ((entryType == "*" || entryType.Equals(type, StringComparison.OrdinalIgnoreCase)) && mapped.StartsWith(entryPath))
            {
                return $"{entryPath}, read-only state that only the deployed {GraphResolver.Kind(type)} has (a template cannot set it)";
            }
        }

        return null;
    }

    // The file ships with the tool and a test reads it: a malformed entry is a bug in acrlint, not an input problem.
    private static ImmutableArray<(string Type, FieldPath Path)> Load()
    {
        using var stream = typeof(LiveAliases).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"Missing embedded resource {Resource}");
        using var reader = new StreamReader(stream);
        var diagnostics = new DiagnosticBag();
        var root = JsonParser.Parse(new SourceFile(Resource, Resource, reader.ReadToEnd()), diagnostics);
        if (root is not JsonObject { } data || data["liveOnly"] is not JsonArray list)
        {
            throw new InvalidOperationException($"{Resource} is not {{ \"liveOnly\": [ aliases ] }}: {string.Join("; ", diagnostics.Items)}");
        }

        var entries = ImmutableArray.CreateBuilder<(string, FieldPath)>();
        foreach (var item in list.Items)
        {
            // Entries are written as aliases and compared with mapped paths, so they are mapped the same way.
            var alias = (item as JsonString)?.Value ?? "";
            var (type, path) = AliasMapper.Parse(alias, out var error);
            if (type is null || path is null)
            {
                throw new InvalidOperationException($"{Resource}: '{alias}' is not an alias ({error})");
            }

            entries.Add((type, AliasMapper.UnderProperties(path)));
        }

        return entries.ToImmutable();
    }
}
