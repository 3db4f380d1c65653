namespace AcrTemplateLint.Text;

/// <summary>
/// One string per distinct name for the whole run: function, property and identifier names repeat in every
/// template ("parameters", "type", "properties"), so readers look them up by the span they are written with instead
/// of allocating a copy each time. Shared by all threads and bounded: names beyond the bound, or longer than
/// <see cref="MaxLength"/>, are allocated as before. A plain open-addressing table rather than a generic dictionary:
/// its code is compiled ahead of time, where a dictionary looked up by span would be compiled at start-up.
/// </summary>
public static class NameTable
{
    private const int MaxLength = 64;
    private const int Slots = 16 * 1024;
    private const int MaxNames = Slots / 2;

    // Slots are only ever filled, never changed or emptied, so readers need no lock: a reader that misses a name
    // being added at that moment allocates its own copy.
    private static readonly string?[] Names = new string?[Slots];
    private static readonly Lock Gate = new();
    private static int count;

    public static string Get(ReadOnlySpan<char> name)
    {
        if (name.Length > MaxLength)
        {
            return name.ToString();
        }

        var hash = string.GetHashCode(name);
        for (var i = hash & (Slots - 1); Volatile.Read(ref Names[i]) is { } known; i = (i + 1) & (Slots - 1))
        {
            if (name.Equals(known, StringComparison.Ordinal))
            {
                return known;
            }
        }

        return Add(name, hash);
    }

    private static string Add(ReadOnlySpan<char> name, int hash)
    {
        lock (Gate)
        {
            var i = hash & (Slots - 1);
            for (; Names[i] is { } known; i = (i + 1) & (Slots - 1))
            {
                if (name.Equals(known, StringComparison.Ordinal))
                {
                    return known;
                }
            }

            var created = name.ToString();
            if (count < MaxNames)
            {
                count++;
                Volatile.Write(ref Names[i], created);
            }

            return created;
        }
    }
}
