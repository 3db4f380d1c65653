using AcrTemplateLint.Text;

namespace AcrTemplateLint.Tests.Text;

public sealed class NameTableTests
{
    [Test]
    public void A_name_read_twice_is_one_string()
    {
        var text = "properties.properties";

        var first = NameTable.Get(text.AsSpan(0, 10));
        var second = NameTable.Get(text.AsSpan(11, 10));

        Assert.That(first, Is.EqualTo("properties"));
        Assert.That(second, Is.SameAs(first));
    }

    [Test]
    public void Names_that_differ_only_in_case_stay_apart()
    {
        Assert.That(NameTable.Get("ApiVersion"), Is.EqualTo("ApiVersion"));
        Assert.That(NameTable.Get("apiVersion"), Is.EqualTo("apiVersion"));
    }

    [Test]
    public void A_long_name_is_not_kept()
    {
        var name = new string('x', 65);

        Assert.That(NameTable.Get(name), Is.EqualTo(name).And.Not.SameAs(NameTable.Get(name)));
    }

    [Test]
    public void Threads_reading_the_same_names_get_the_same_strings()
    {
        var names = Enumerable.Range(0, 2000).Select(i => $"name{i}-{Guid.NewGuid():N}"[..20]).ToArray();
        var seen = new string[4][];

        Parallel.For(0, 4, t => seen[t] = [.. names.Select(n => NameTable.Get(n.AsSpan()))]);

        for (var i = 0; i < names.Length; i++)
        {
            Assert.That(seen[1][i], Is.SameAs(seen[0][i]).And.EqualTo(names[i]));
            Assert.That(seen[3][i], Is.SameAs(seen[2][i]).And.SameAs(seen[0][i]));
        }
    }
}
