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
    private static readonly ImmutableArray<ParameterSet?> Defaults = [null];

    private readonly Dictionary<string, List<ParameterSet>> byTemplate = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ParameterFile>> byDirectory = new(StringComparer.Ordinal);
    private readonly List<ParameterSet> extra = [];

    public ParameterSetIndex(IEnumerable<ParameterFile> files, IEnumerable<string> extraPaths)
    {
        var extraSet = extraPaths.ToHashSet(StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (file.Template is not null)
            {
                Add(byTemplate, file.Template, file.Set);
            }
            else if (extraSet.Contains(file.Path))
            {
                extra.Add(file.Set);
            }
            else
            {
                Add(byDirectory, Path.GetDirectoryName(file.Path) ?? "", file);
            }
        }
    }

    /// <summary>The template's parameter sets, sorted by name; [null] (its own defaults) when it has none.</summary>
    public ImmutableArray<ParameterSet?> For(string templatePath)
    {
        var directory = Path.GetDirectoryName(templatePath) ?? "";
        if (extra.Count == 0 && !byTemplate.ContainsKey(templatePath) && !byDirectory.ContainsKey(directory))
        {
            // Most templates have no parameter file: no sorting and merging of empty lists for them.
            return Defaults;
        }

        var prefix = Path.GetFileNameWithoutExtension(templatePath) + ".parameters.";
        var beside = byDirectory.GetValueOrDefault(directory) ?? [];
        var sets = (byTemplate.GetValueOrDefault(templatePath) ?? [])
            .Concat(beside.Where(p => Path.GetFileName(p.Path).StartsWith(prefix, StringComparison.OrdinalIgnoreCase)).Select(p => p.Set))
            .Concat(extra)
            .DistinctBy(s => s.Name)
            .OrderBy(s => s.Name, StringComparer.Ordinal)
            .Cast<ParameterSet?>()
            .ToImmutableArray();
        return sets.IsEmpty ? Defaults : sets;
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
