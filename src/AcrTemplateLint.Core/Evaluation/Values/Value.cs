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

    /// <summary>The same value seen from another place: a new use site, with the hops that led there first.</summary>
    public Value At(SourceLocation? useSite, ImmutableArray<Hop> hops) =>
        this with { Origin = useSite ?? Origin, Trace = hops.IsDefaultOrEmpty ? Trace : hops.AddRange(Trace) };
}
