using AcrTemplateLint.Text;

namespace AcrTemplateLint.Tests.Text;

public sealed class NameTableTests
{
    [Test]
    public void A_name_read_twice_is_one_string()
    {
        var table = new NameTable();
        var text = "properties.properties";

        var first = table.Get(text.AsSpan(0, 10));
        var second = table.Get(text.AsSpan(11, 10));

        Assert.That(first, Is.EqualTo("properties"));
        Assert.That(second, Is.SameAs(first));
    }

    [Test]
    public void Names_that_differ_only_in_case_stay_apart()
    {
        var table = new NameTable();

        Assert.That(table.Get("ApiVersion"), Is.EqualTo("ApiVersion"));
        Assert.That(table.Get("apiVersion"), Is.EqualTo("apiVersion"));
    }

    [Test]
    public void A_long_name_is_not_kept()
    {
        var table = new NameTable();
        var name = new string('x', NameTable.MaxLength + 1);

        Assert.That(table.Get(name), Is.EqualTo(name).And.Not.SameAs(table.Get(name)));
    }

    [Test]
    public void A_full_table_keeps_what_it_has_and_gives_copies_of_the_rest()
    {
        var table = new NameTable();
        var kept = Enumerable.Range(0, NameTable.MaxNames).Select(i => table.Get($"name{i}")).ToList();

        Assert.That(table.Get("name7"), Is.SameAs(kept[7]));
        Assert.That(table.Get("one more"), Is.EqualTo("one more").And.Not.SameAs(table.Get("one more")));
    }

    [Test]
    public void Threads_reading_the_same_names_get_the_same_strings()
    {
        var table = new NameTable();
        var names = Enumerable.Range(0, 2000).Select(i => $"name{i}").ToArray();
        var seen = new string[4][];

        Parallel.For(0, 4, t => seen[t] = [.. names.Select(n => table.Get(n.AsSpan()))]);

        for (var i = 0; i < names.Length; i++)
        {
            Assert.That(seen[0][i], Is.EqualTo(names[i]));
            Assert.That(seen[1][i], Is.SameAs(seen[0][i]));
            Assert.That(seen[2][i], Is.SameAs(seen[0][i]));
            Assert.That(seen[3][i], Is.SameAs(seen[0][i]));
        }
    }
}
