using AcrTemplateLint.Text;

namespace AcrTemplateLint.Tests.Text;

public sealed class SourceFileTests
{
    [Test]
    public void Two_reads_of_one_file_are_the_same_file()
    {
        var first = new SourceFile("/r/main.bicep", "main.bicep", "a");
        var second = new SourceFile("/r/main.bicep", "main.bicep", "a");
        var other = new SourceFile("/r/other.bicep", "other.bicep", "a");

        Assert.Multiple(() =>
        {
            Assert.That(first == second, Is.True);
            Assert.That(first.GetHashCode(), Is.EqualTo(second.GetHashCode()));
            Assert.That(first != other, Is.True);
            Assert.That(new SourceLocation(first, new TextSpan(0, 1)), Is.EqualTo(new SourceLocation(second, new TextSpan(0, 1))));
        });
    }

    [Test]
    public void A_released_file_keeps_its_positions_and_refuses_its_text()
    {
        var file = new SourceFile("/r/main.json", "main.json", "{\n  \"a\": 1\n}\n");

        file.ReleaseText();

        Assert.Multiple(() =>
        {
            Assert.That(file.GetPosition(4), Is.EqualTo(new LinePosition(1, 2)));
            Assert.That(() => file.Text, Throws.InvalidOperationException.With.Message.Contains("main.json"));
        });
    }
}
