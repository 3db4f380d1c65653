using System.Collections.Immutable;
using AcrTemplateLint.Evaluation.Values;

namespace AcrTemplateLint.Bicep.Loading;

/// <summary>
/// How a file is deployed: the module calls that lead to it from the entry file (outermost first), the condition
/// they impose together (null: unconditional), and the files on the way, which a module may not deploy again.
/// </summary>
internal sealed record ModuleContext(ImmutableArray<Hop> Trace, Value? Condition, ImmutableArray<string> Chain)
{
    public static ModuleContext Entry(string fullPath) => new([], null, [fullPath]);

    public int Depth => Trace.Length;
}
