using System.Collections.Immutable;
using AcrTemplateLint.Evaluation.Values;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Graph;

/// <summary>
/// One resource as the rules see it, after evaluation. <see cref="Body"/> is the evaluated declaration (type,
/// apiVersion, name, sku, identity, properties…) with spans on every value; <see cref="Type"/> and
/// <see cref="Name"/> are the full type and name as Azure Resource Manager would deploy them, also for children
/// declared nested inside their parent.
/// </summary>
public sealed record ResourceNode
{
    public required string Type { get; init; }

    public string? ApiVersion { get; init; }

    /// <summary>The full name ("registry/task" for a child); Unknown when a parameter without value decides it.</summary>
    public required Value Name { get; init; }

    /// <summary>The Bicep symbol, or the key of a languageVersion 2.0 resource; null for classic ARM resources.</summary>
    public string? SymbolicName { get; init; }

    public required ObjectValue Body { get; init; }

    /// <summary>Where the resource is declared: the Bicep header or the ARM "type" property.</summary>
    public required SourceLocation Declaration { get; init; }

    /// <summary>The deployment condition, null when the resource is unconditional.</summary>
    public Value? Condition { get; init; }

    public CopyInstance? Copy { get; init; }

    public ResourceNode? Parent { get; init; }

    public bool IsExisting { get; init; }

    /// <summary>The module call sites that lead from the analysed entry file to this declaration, outermost first.</summary>
    public ImmutableArray<Hop> ModuleTrace { get; init; } = [];

    /// <summary>The evaluated dependsOn entries: resource IDs, names or symbolic names, as the template wrote them.</summary>
    public ImmutableArray<Value> DependsOn { get; init; } = [];

    /// <summary>The last segment of the full type, e.g. "tasks".</summary>
    public string ShortType => Type[(Type.LastIndexOf('/') + 1)..];

    public bool IsType(string type) => string.Equals(Type, type, StringComparison.OrdinalIgnoreCase);

    /// <summary>A stable identity for fingerprints and baselines: type plus symbolic or evaluated name, never a line.</summary>
    public string Identity => $"{Type}/{SymbolicName ?? (Name is StringValue s ? s.Value : ValueFormatter.Display(Name))}";
}
