using System.Collections.Immutable;
using AcrTemplateLint.Evaluation;

namespace AcrTemplateLint.Analysis;

/// <summary>
/// Which parameter sets a template is analysed with: the .bicepparam files whose `using` names it, the
/// X.parameters.json and X.parameters.*.json files beside X, and every --params file. Built once, so finding a
/// template's sets does not scan every parameter file of the run.
/// </summary>
internal sealed class ParameterSetIndex
{
    private readonly Dictionary<string, List<ParameterSet>> byTemplate = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(string FileName, ParameterSet Set)>> byDirectory = new(StringComparer.Ordinal);
    private readonly List<ParameterSet> extra = [];

    public ParameterSetIndex(IEnumerable<(string Path, ParameterSet Set, string? Template)> sets, IEnumerable<string> extraPaths)
    {
        var extraSet = extraPaths.ToHashSet(StringComparer.Ordinal);
        foreach (var (path, set, template) in sets)
        {
            if (template is not null)
            {
                Add(byTemplate, template, set);
            }
            else if (extraSet.Contains(path))
            {
                extra.Add(set);
            }
            else
            {
                Add(byDirectory, Path.GetDirectoryName(path) ?? "", (Path.GetFileName(path), set));
            }
        }
    }

    /// <summary>The template's parameter sets, sorted by name; [null] (its own defaults) when it has none.</summary>
    public ImmutableArray<ParameterSet?> For(string templatePath)
    {
        var prefix = Path.GetFileNameWithoutExtension(templatePath) + ".parameters.";
        var beside = byDirectory.GetValueOrDefault(Path.GetDirectoryName(templatePath) ?? "") ?? [];
        var sets = (byTemplate.GetValueOrDefault(templatePath) ?? [])
            .Concat(beside.Where(p => p.FileName.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)).Select(p => p.Set))
            .Concat(extra)
            .DistinctBy(s => s.Name)
            .OrderBy(s => s.Name, StringComparer.Ordinal)
            .Cast<ParameterSet?>()
            .ToImmutableArray();
        return sets.IsEmpty ? [null] : sets;
    }

    private static void Add<T>(Dictionary<string, List<T>> map, string key, T value)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(value);
    }
}
