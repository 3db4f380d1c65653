using System.Collections.Immutable;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Evaluation.Values;

/// <summary>
/// An evaluated template value. <see cref="Origin"/> is where the value appears in the template being analysed (the
/// use site); <see cref="Trace"/> lists the hops it took to get there (parameter declaration, parameter-file value,
/// module call site), which reports show as related locations. Compare values with <see cref="ValueEquality"/>,
/// not with record equality (which would also compare provenance).
/// </summary>
public abstract record Value
{
    public SourceLocation? Origin { get; init; }

    public ImmutableArray<Hop> Trace { get; init; } = [];

    public abstract string TypeName { get; }

    /// <summary>
    /// How many values a walk over this one visits: 1, or for arrays and objects everything below them, counted as
    /// often as it occurs. Values are shared, so a value of a few objects can stand for 2^40 (each holding the one
    /// before twice); what builds values counts this against the template's budget.
    /// </summary>
    public virtual long Size => 1;

    // Sizes add up without overflowing: anything near the limit is far beyond every budget.
    private protected static long Saturating(long size) => size < 0 ? long.MaxValue : size;

    /// <summary>The same value seen from another place: a new use site, with the hops that led there first.</summary>
    public Value At(SourceLocation? useSite, ImmutableArray<Hop> hops) =>
        this with { Origin = useSite ?? Origin, Trace = hops.IsDefaultOrEmpty ? Trace : hops.AddRange(Trace) };
}
