using System.Collections.Immutable;

namespace AcrTemplateLint.Evaluation.Values;

/// <summary>An object value. Keys keep their order; lookups ignore case, as ARM property names do.</summary>
public sealed record ObjectValue(ImmutableArray<ObjectEntry> Entries) : Value
{
    public static ObjectValue Empty { get; } = new(ImmutableArray<ObjectEntry>.Empty);

    public override string TypeName => "object";

    public ObjectEntry? GetEntry(string key)
    {
        // Last one wins, as with duplicate JSON keys and union().
        for (var i = Entries.Length - 1; i >= 0; i--)
        {
            if (string.Equals(Entries[i].Key, key, StringComparison.OrdinalIgnoreCase))
            {
                return Entries[i];
            }
        }

        return null;
    }

    public Value? this[string key] => GetEntry(key)?.Value;
}
