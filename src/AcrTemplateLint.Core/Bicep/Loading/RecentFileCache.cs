namespace AcrTemplateLint.Bicep.Loading;

/// <summary>
/// Parsed files by path, the most recently used first, up to a budget of source characters. A module that many
/// templates deploy stays parsed while they are analysed (files of one folder depth are analysed in path order,
/// so its callers are near each other); a run over many repositories keeps a bounded number of trees instead of
/// all of them. A file that falls out is parsed again if it is asked for again, with the same result.
/// </summary>
internal sealed class RecentFileCache<T>(long budget, Func<T, long> sizeOf)
    where T : class
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, LinkedListNode<Entry>> entries = new(StringComparer.Ordinal);
    private readonly LinkedList<Entry> recent = [];
    private long size;

    public T GetOrAdd(string path, Func<string, T> load)
    {
        Entry entry;
        lock (gate)
        {
            if (entries.TryGetValue(path, out var node))
            {
                recent.Remove(node);
                recent.AddFirst(node);
                entry = node.Value;
            }
            else
            {
                entry = new Entry(path, new Lazy<T>(() => load(path)));
                entries[path] = recent.AddFirst(entry);
            }
        }

        // Loading happens outside the lock; two threads asking for one file wait for the same load.
        var value = entry.Value.Value;
        lock (gate)
        {
            if (entry.Size < 0 && entries.TryGetValue(path, out var node) && node.Value == entry)
            {
                entry.Size = sizeOf(value);
                size += entry.Size;
                Evict(keep: entry);
            }
        }

        return value;
    }

    private void Evict(Entry keep)
    {
        while (size > budget && recent.Last is { } last && last.Value != keep)
        {
            recent.RemoveLast();
            entries.Remove(last.Value.Path);
            size -= Math.Max(0, last.Value.Size);
        }
    }

    private sealed class Entry(string path, Lazy<T> value)
    {
        public string Path { get; } = path;

        public Lazy<T> Value { get; } = value;

        /// <summary>Source characters, counted once the file is loaded; -1 until then.</summary>
        public long Size { get; set; } = -1;
    }
}
