namespace AcrTemplateLint.Text;

/// <summary>
/// One string per distinct name for the whole run: function, property and identifier names repeat in every
/// template ("parameters", "type", "properties"), so readers look them up by the span they are written with instead
/// of allocating a copy each time. Shared by all threads and bounded: names beyond the bound, or longer than
/// <see cref="MaxLength"/>, are allocated as before. A plain open-addressing table rather than a generic dictionary:
/// its code is compiled ahead of time, where a dictionary looked up by span would be compiled at start-up.
/// </summary>
public sealed class NameTable
{
    public const int MaxLength = 64;
    public const int MaxNames = Slots / 2;
    private const int Slots = 16 * 1024;

    // Slots are only ever filled, never changed or emptied, so readers need no lock: a reader that misses a name
    // being added at that moment allocates its own copy.
    private readonly string?[] names = new string?[Slots];
    private readonly Lock gate = new();
    private int count;

    /// <summary>The table the readers of a run share.</summary>
    public static NameTable Shared { get; } = new();

    public string Get(ReadOnlySpan<char> name)
    {
        if (name.Length > MaxLength)
        {
            return name.ToString();
        }

        var hash = string.GetHashCode(name);
        for (var i = hash & (Slots - 1); Volatile.Read(ref names[i]) is { } known; i = (i + 1) & (Slots - 1))
        {
            if (name.Equals(known, StringComparison.Ordinal))
            {
                return known;
            }
        }

        return Add(name, hash);
    }

    private string Add(ReadOnlySpan<char> name, int hash)
    {
        lock (gate)
        {
            var i = hash & (Slots - 1);
            for (; names[i] is { } known; i = (i + 1) & (Slots - 1))
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
                Volatile.Write(ref names[i], created);
            }

            return created;
        }
    }
}
