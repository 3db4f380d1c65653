using System.Collections.Immutable;

namespace AcrTemplateLint.Rules.Engine;

/// <summary>
/// The display name of a related resource that a condition looked at (a task's registry), for a message's
/// {related.RELATION}. A condition names a handful at most, so they are a list rather than an immutable dictionary,
/// whose generic code the JIT would compile in every run that follows a relation.
/// </summary>
public sealed record RelatedName(string Relation, string Name)
{
    /// <summary><paramref name="names"/> with <paramref name="added"/> replacing any name of the same relation.</summary>
    public static ImmutableArray<RelatedName> With(ImmutableArray<RelatedName> names, RelatedName added)
    {
        var builder = ImmutableArray.CreateBuilder<RelatedName>(names.Length + 1);
        foreach (var name in names)
        {
            if (!string.Equals(name.Relation, added.Relation, StringComparison.Ordinal))
            {
                builder.Add(name);
            }
        }

        builder.Add(added);
        return builder.ToImmutable();
    }

    /// <summary>The names of several conditions' results, a later name replacing an earlier one of the same relation.</summary>
    public static ImmutableArray<RelatedName> Merge(IEnumerable<ConditionResult> results)
    {
        var merged = ImmutableArray<RelatedName>.Empty;
        foreach (var result in results)
        {
            foreach (var name in result.RelatedNames)
            {
                merged = With(merged, name);
            }
        }

        return merged;
    }
}
