using System.Collections.Concurrent;

namespace AcrTemplateLint.Text;

/// <summary>
/// One string per distinct name for the whole run: function, property and identifier names repeat in every
/// template ("parameters", "type", "properties"), so readers look them up by the span they are written with instead
/// of allocating a copy each time. Shared by all threads; bounded in count and length so that unusual input cannot
/// make it grow without limit (names beyond the bound are allocated as before).
/// </summary>
public static class NameTable
{
    private const int MaxNames = 16 * 1024;
    private const int MaxLength = 64;

    private static readonly ConcurrentDictionary<string, string> Names = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Names.GetAlternateLookup<ReadOnlySpan<char>>();

    private static int count;

    public static string Get(ReadOnlySpan<char> name)
    {
        if (Lookup.TryGetValue(name, out var known))
        {
            return known;
        }

        var created = name.ToString();
        if (name.Length > MaxLength || Volatile.Read(ref count) >= MaxNames)
        {
            return created;
        }

        var added = Names.GetOrAdd(created, created);
        if (ReferenceEquals(added, created))
        {
            Interlocked.Increment(ref count);
        }

        return added;
    }
}
