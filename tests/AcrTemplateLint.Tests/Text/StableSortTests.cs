using AcrTemplateLint.Text;

namespace AcrTemplateLint.Tests.Text;

public sealed class StableSortTests
{
    private sealed record Item(string Path, int Start, string Tag);

    [Test]
    public void Items_are_sorted_by_place_and_equal_items_keep_their_order()
    {
        var items = new List<Item>
        {
            new("b.bicep", 5, "first b5"), new("a.bicep", 9, "a9"), new("b.bicep", 5, "second b5"), new("B.bicep", 0, "B0"),
            new("a.bicep", 1, "a1"), new("b.bicep", 5, "third b5"), new("b.bicep", 2, "b2"),
        };
        var expected = items.OrderBy(i => i.Path, StringComparer.Ordinal).ThenBy(i => i.Start).Select(i => i.Tag).ToList();

        StableSort.Sort(items, static (x, y) => StableSort.ByPlace(x.Path, x.Start, y.Path, y.Start));

        Assert.That(items.Select(i => i.Tag), Is.EqualTo(expected));
        Assert.That(expected, Is.EqualTo(new[] { "B0", "a1", "a9", "b2", "first b5", "second b5", "third b5" }));
    }

    [Test]
    public void Many_equal_items_keep_their_order()
    {
        // Large enough for List.Sort's introsort to reorder equal items on its own.
        var items = Enumerable.Range(0, 500).Select(i => new Item(i % 3 == 0 ? "x" : "y", 0, i.ToString())).ToList();
        var expected = items.OrderBy(i => i.Path, StringComparer.Ordinal).Select(i => i.Tag).ToList();

        StableSort.Sort(items, static (x, y) => string.CompareOrdinal(x.Path, y.Path));

        Assert.That(items.Select(i => i.Tag), Is.EqualTo(expected));
    }
}
