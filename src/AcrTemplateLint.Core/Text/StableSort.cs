namespace AcrTemplateLint.Text;

/// <summary>
/// Sorts as OrderBy does (items that compare equal keep their order) with List.Sort over reference types: LINQ
/// ordering by int keys or by value tuples needs generic code that the JIT compiles at start-up, where List.Sort of
/// references runs code compiled ahead of time.
/// </summary>
internal static class StableSort
{
    public static void Sort<T>(List<T> items, Comparison<T> compare)
        where T : class
    {
        var index = new Dictionary<T, int>(items.Count, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < items.Count; i++)
        {
            index.TryAdd(items[i], i);
        }

        items.Sort((a, b) => compare(a, b) is var order and not 0 ? order : index[a].CompareTo(index[b]));
    }

    /// <summary>By path (ordinal), then by offset in the file.</summary>
    public static int ByPlace(string pathA, int startA, string pathB, int startB) =>
        string.CompareOrdinal(pathA, pathB) is var byPath and not 0 ? byPath : startA.CompareTo(startB);
}
