using System.Collections.Immutable;
using AcrTemplateLint.Evaluation.Values;
using AcrTemplateLint.Graph;

namespace AcrTemplateLint.Rules.Engine;

/// <summary>
/// The resources a relation yields: those certainly related, and how many more may be (a private endpoint whose
/// target is Unknown, a module acrlint cannot follow) with the reason. <see cref="NeedsGlobalLookup"/> means the
/// answer may be in another analysed file: it is decided only with the index of every file's resources.
/// </summary>
public sealed record RelatedSet(ImmutableArray<RelatedItem> Certain, int Possible, UnknownValue? Unknown)
{
    public bool NeedsGlobalLookup { get; init; }

    public static RelatedSet None { get; } = new([], 0, null);

    public static RelatedSet Undecided(UnknownValue unknown) => new([], 1, unknown);
}

/// <summary>A related resource and the value that relates it (a private endpoint's privateLinkServiceId).</summary>
public sealed record RelatedItem(ResourceNode Resource, Value? Evidence);
