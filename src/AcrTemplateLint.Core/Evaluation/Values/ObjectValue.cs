using System.Collections.Immutable;

namespace AcrTemplateLint.Evaluation.Values;

/// <summary>An object value. Keys keep their order; lookups ignore case, as ARM property names do.</summary>
public sealed record ObjectValue(ImmutableArray<ObjectEntry> Entries) : Value
{
    private readonly ImmutableArray<ObjectEntry> entries = Entries;
    private readonly long size = SizeOf(Entries);

    public static ObjectValue Empty { get; } = new(ImmutableArray<ObjectEntry>.Empty);

    public ImmutableArray<ObjectEntry> Entries
    {
        get => entries;
        init
        {
            entries = value;
            size = SizeOf(value);
        }
    }

    public override string TypeName => "object";

    /// <summary>The values in the object and below it, counted as often as they occur.</summary>
    public override long Size => size;

    private static long SizeOf(ImmutableArray<ObjectEntry> entries)
    {
        long size = 1;
        if (entries.IsDefault)
        {
            return size;
        }

        foreach (var entry in entries)
        {
            size = Saturating(size + entry.Value.Size);
        }

        return size;
    }

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
