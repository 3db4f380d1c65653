using System.Collections.Immutable;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Graph;

/// <summary>
/// The resources one entry template deploys with one set of parameter values, modules included.
/// <see cref="ParameterSet"/> names the parameter file used (null for the template's own defaults).
/// </summary>
public sealed record ResourceGraph(SourceFile EntryFile, string? ParameterSet, ImmutableArray<ResourceNode> Resources)
{
    /// <summary>Module references that could not be followed (registry modules, template specs, remote links).</summary>
    public ImmutableArray<UnresolvedModule> UnresolvedModules { get; init; } = [];

    /// <summary>Full paths of the local templates this graph deploys as linked templates or modules.</summary>
    public ImmutableArray<string> LinkedFiles { get; init; } = [];

    public IEnumerable<ResourceNode> OfType(string type) => Resources.Where(r => r.IsType(type));
}
