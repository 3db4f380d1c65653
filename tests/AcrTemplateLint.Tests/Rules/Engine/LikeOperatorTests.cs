using AcrTemplateLint.Evaluation.Values;
using AcrTemplateLint.Rules.Engine;
using AcrTemplateLint.Rules.Model;

namespace AcrTemplateLint.Tests.Rules.Engine;

public sealed class LikeOperatorTests
{
    [TestCase("contosoacr", "contoso*", true)]
    [TestCase("contosoacr", "*ACR", true)]
    [TestCase("contosoacr", "c*so*r", true)]
    [TestCase("contosoacr", "contosoacr", true)]
    [TestCase("contosoacr", "contoso", false)]
    [TestCase("contosoacr", "*acr*acr", false)]
    [TestCase("abab", "a*b*ab", true)]
    [TestCase("aab", "a*ab*b", false)]
    [TestCase("abcab", "a*b*ab", true)]
    [TestCase("ab", "a**b", true)]
    [TestCase("", "*", true)]
    [TestCase("a.b", "a.b", true)]
    [TestCase("axb", "a.b", false)]
    public void A_star_matches_any_run_of_characters_and_nothing_else_is_special(string value, string pattern, bool expected)
    {
        Assert.Multiple(() =>
        {
            Assert.That(Operators.Apply(ConditionOperator.Like, new StringValue(value), new StringValue(pattern)), Is.EqualTo(expected));
            Assert.That(Operators.Apply(ConditionOperator.NotLike, new StringValue(value), new StringValue(pattern)), Is.EqualTo(!expected));
        });
    }

    [Test]
    public void Many_stars_over_a_long_value_that_does_not_match_are_decided_at_once()
    {
        // A backtracking regex took minutes on this pair: each further star multiplies the ways to fail.
        var pattern = string.Concat(Enumerable.Repeat("*a", 12)) + "*b";

        Assert.That(Operators.Apply(ConditionOperator.Like, new StringValue(new string('a', 5000)), new StringValue(pattern)), Is.False);
    }
}
