using AcrTemplateLint.Evaluation;
using AcrTemplateLint.Evaluation.Values;

namespace AcrTemplateLint.Tests.Evaluation;

public sealed class BindingsTests
{
    [Test]
    public void The_latest_binding_of_a_name_wins_in_any_case_and_outer_bindings_stay_visible()
    {
        var outer = Bindings.None.With("item", new IntegerValue(1)).With("index", new IntegerValue(0));
        var inner = outer.With("ITEM", new IntegerValue(2));

        Assert.That(inner.TryGetValue("item", out var item) ? item : null, Is.EqualTo(new IntegerValue(2)));
        Assert.That(inner.TryGetValue("Index", out var index) ? index : null, Is.EqualTo(new IntegerValue(0)));
        Assert.That(outer.TryGetValue("item", out var before) ? before : null, Is.EqualTo(new IntegerValue(1)), "binding anew leaves the outer chain as it was");
    }

    [Test]
    public void A_name_never_bound_is_not_found()
    {
        Assert.That(Bindings.None.TryGetValue("", out _), Is.False);
        Assert.That(Bindings.None.With("x", new IntegerValue(1)).TryGetValue("y", out var value), Is.False);
        Assert.That(value, Is.Null);
    }
}
