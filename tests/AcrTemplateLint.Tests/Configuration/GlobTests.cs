using AcrTemplateLint.Configuration;

namespace AcrTemplateLint.Tests.Configuration;

public sealed class GlobTests
{
    [TestCase("generated/**", "generated/a/b.json", true)]
    [TestCase("generated/**", "src/generated/b.json", false)]
    [TestCase("**/test/*.bicep", "infra/test/main.bicep", true)]
    [TestCase("**/test/*.bicep", "test/main.bicep", true)]
    [TestCase("*.json", "a/b.json", false)]
    [TestCase("demo", "demo/main.bicep", true)]
    [TestCase("Demo/?ain.bicep", "demo/main.bicep", true)]
    [TestCase("\\infra\\*.bicep", "infra/main.bicep", true)]
    public void Matches_paths_as_gitignore_style_tools_do(string pattern, string path, bool expected) =>
        Assert.That(new Glob(pattern).IsMatch(path), Is.EqualTo(expected));

    [Test]
    public void A_long_pattern_is_a_pattern_like_any_other()
    {
        // A non-backtracking regex refused patterns past 10,000 automaton nodes (a 2,000-character name).
        var name = new string('a', 5000);

        Assert.Multiple(() =>
        {
            Assert.That(new Glob(name).IsMatch(name + "/main.bicep"), Is.True);
            Assert.That(new Glob(string.Concat(Enumerable.Repeat("**/", 3000)) + "x.bicep").IsMatch("a/b/x.bicep"), Is.True);
        });
    }

    [Test]
    public void A_pattern_of_many_stars_does_not_backtrack_over_a_long_name()
    {
        // With a backtracking matcher this pair took 25 s at 29 characters and doubled with each one more.
        var glob = new Glob(string.Concat(Enumerable.Repeat("*a", 12)) + "*b");

        Assert.That(glob.IsMatch(new string('a', 200) + ".bicep"), Is.False);
        Assert.That(glob.IsMatch(new string('a', 200) + "b"), Is.True);
    }
}
