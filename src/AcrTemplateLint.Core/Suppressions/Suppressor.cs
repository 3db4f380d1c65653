using System.Collections.Immutable;
using AcrTemplateLint.Configuration;
using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Reporting;
using AcrTemplateLint.Rules.Engine;

namespace AcrTemplateLint.Suppressions;

/// <summary>
/// Marks findings that a directive, a configuration entry or the baseline accepts. A suppression that matches
/// nothing, or that has expired (it then stops suppressing), is itself reported.
/// </summary>
public static class Suppressor
{
    public static ImmutableArray<Finding> Apply(
        ImmutableArray<Finding> findings,
        IReadOnlyList<SuppressionDirective> directives,
        AcrlintConfig config,
        Baseline? baseline,
        DateOnly today,
        DiagnosticBag diagnostics)
    {
        var usedDirectives = new HashSet<SuppressionDirective>();
        var usedEntries = new HashSet<SuppressionEntry>();
        var entries = config.Suppressions.Select(e => new GlobbedEntry(e, new Glob(e.PathGlob))).ToList();
        foreach (var (entry, _) in entries.Where(e => e.Entry.Expires is { } date && date < today))
        {
            diagnostics.Add(SuppressionDiagnostics.Expired(entry.Location, entry.RuleId, entry.Expires ?? today));
        }

        var result = findings.Select(finding =>
        {
            if (directives.FirstOrDefault(d => Covers(d, finding)) is { } directive)
            {
                usedDirectives.Add(directive);
                return finding with { Suppression = new Suppression(SuppressionKind.InSource, directive.Justification, directive.Location) };
            }

            var path = RelativeToConfig(config, finding.Location.File.FullPath);
            if (entries.FirstOrDefault(e => Covers(e.Entry, e.Glob, finding, path, today)) is { Entry: var entry })
            {
                usedEntries.Add(entry);
                return finding with { Suppression = new Suppression(SuppressionKind.Config, entry.Justification, entry.Location, config.File?.DisplayPath) { Expires = entry.Expires } };
            }

            if (baseline is not null && baseline.Fingerprints.Contains(Fingerprint.Of(finding)))
            {
                return finding with { Suppression = new Suppression(SuppressionKind.Baseline, "accepted in the baseline", null, baseline.Path) };
            }

            return finding;
        }).ToImmutableArray();

        foreach (var directive in directives.Where(d => !usedDirectives.Contains(d)))
        {
            diagnostics.Add(SuppressionDiagnostics.Unused(directive.Location, directive.RuleId, null));
        }

        foreach (var (entry, _) in entries.Where(e => !usedEntries.Contains(e.Entry) && !(e.Entry.Expires < today)))
        {
            diagnostics.Add(SuppressionDiagnostics.Unused(entry.Location, entry.RuleId, null));
        }

        return result;
    }

    private static bool Covers(SuppressionDirective directive, Finding finding)
    {
        if (!string.Equals(directive.RuleId, finding.Rule.Id, StringComparison.OrdinalIgnoreCase)
            || directive.Location.File != finding.Location.File)
        {
            return false;
        }

        if (directive.ResourceIdentity is { } identity)
        {
            return identity == finding.ResourceIdentity;
        }

        var line = finding.Location.Start.Line;
        return line >= directive.FirstLine && line <= directive.LastLine;
    }

    private static bool Covers(SuppressionEntry entry, Glob glob, Finding finding, string path, DateOnly today) =>
        string.Equals(entry.RuleId, finding.Rule.Id, StringComparison.OrdinalIgnoreCase)
        && !(entry.Expires < today)
        && glob.IsMatch(path)
        && (entry.Resource is null
            || string.Equals(entry.Resource, finding.ResourceIdentity, StringComparison.OrdinalIgnoreCase)
            || finding.ResourceIdentity.EndsWith("/" + entry.Resource, StringComparison.OrdinalIgnoreCase));

    private static string RelativeToConfig(AcrlintConfig config, string fullPath) =>
        config.Directory is { } directory ? Path.GetRelativePath(directory, fullPath).Replace('\\', '/') : fullPath.Replace('\\', '/');

    /// <summary>A configured suppression with its path glob compiled once.</summary>
    private sealed record GlobbedEntry(SuppressionEntry Entry, Glob Glob);
}
