using AcrTemplateLint.Bicep.Loading;

namespace AcrTemplateLint.Tests.Bicep.Loading;

public sealed class RecentFileCacheTests
{
    [Test]
    public void Keeps_the_recently_used_within_the_budget_and_loads_an_evicted_file_again()
    {
        var loads = new List<string>();
        var cache = new RecentFileCache<string>(budget: 10, sizeOf: text => text.Length);
        string Get(string path) => cache.GetOrAdd(path, p =>
        {
            loads.Add(p);
            return new string('x', 4);
        });

        Get("a");
        Get("b");
        Get("a"); // a is now the most recent: c evicts b, not a
        Get("c");
        Get("a");
        Get("b");

        Assert.That(loads, Is.EqualTo(new[] { "a", "b", "c", "b" }));
    }

    [Test]
    public void A_file_larger_than_the_budget_is_still_returned()
    {
        var cache = new RecentFileCache<string>(budget: 2, sizeOf: text => text.Length);

        Assert.That(cache.GetOrAdd("big", _ => "0123456789"), Is.EqualTo("0123456789"));
    }

    [Test]
    public void Threads_asking_for_one_file_share_one_load()
    {
        var loads = 0;
        var cache = new RecentFileCache<string>(budget: 1000, sizeOf: text => text.Length);
        Parallel.For(0, 64, _ => cache.GetOrAdd("shared", _ =>
        {
            Interlocked.Increment(ref loads);
            Thread.Sleep(10);
            return "value";
        }));

        Assert.That(loads, Is.EqualTo(1));
    }
}
