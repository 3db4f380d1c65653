using System.Diagnostics.CodeAnalysis;
using AcrTemplateLint.Evaluation.Values;

namespace AcrTemplateLint.Evaluation;

/// <summary>
/// Names bound to values, the latest binding of a name first; names compare case-insensitively, as in ARM. An
/// immutable chain: a context binds a handful of names (lambda parameters, loop variables, copy indexes), so a lookup
/// walks a few links, where an immutable dictionary allocated tree nodes for every binding and was generic code the
/// JIT compiled in every run.
/// </summary>
public sealed class Bindings
{
    private readonly string? name;
    private readonly Value? value;
    private readonly Bindings? outer;

    private Bindings(string? name, Value? value, Bindings? outer)
    {
        this.name = name;
        this.value = value;
        this.outer = outer;
    }

    public static Bindings None { get; } = new(null, null, null);

    /// <summary>These bindings with <paramref name="bound"/> as the value of <paramref name="boundName"/>.</summary>
    public Bindings With(string boundName, Value bound) => new(boundName, bound, this);

    public bool TryGetValue(string wanted, [NotNullWhen(true)] out Value? found)
    {
        for (var link = this; link.outer is not null; link = link.outer)
        {
            if (string.Equals(link.name, wanted, StringComparison.OrdinalIgnoreCase))
            {
                found = link.value!;
                return true;
            }
        }

        found = null;
        return false;
    }
}
