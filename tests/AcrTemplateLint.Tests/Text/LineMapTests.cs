using AcrTemplateLint.Text;

namespace AcrTemplateLint.Tests.Text;

public sealed class LineMapTests
{
    [TestCase("a\nb\nc", 4, 2, 0)]
    [TestCase("a\r\nb\r\nc", 6, 2, 0)]
    [TestCase("a\rb\rc", 4, 2, 0)]
    [TestCase("a\r\nb\nc\rd", 7, 3, 0)]
    [TestCase("abc", 2, 0, 2)]
    [TestCase("", 0, 0, 0)]
    [TestCase("a\n", 2, 1, 0)]
    public void Maps_offsets_to_lines_for_every_line_ending(string text, int offset, int line, int character)
    {
        var map = LineMap.Build(text);

        Assert.That(map.GetPosition(offset), Is.EqualTo(new LinePosition(line, character)));
    }

    [Test]
    public void A_carriage_return_line_feed_pair_is_one_line_break()
    {
        var map = LineMap.Build("x\r\ny");

        Assert.That(map.LineCount, Is.EqualTo(2));
        Assert.That(map.GetPosition(1), Is.EqualTo(new LinePosition(0, 1)), "the \\r is the end of line 1");
        Assert.That(map.GetPosition(3), Is.EqualTo(new LinePosition(1, 0)));
    }

    [Test]
    public void Any_mix_of_line_endings_maps_every_offset_as_counting_characters_one_by_one_does()
    {
        var random = new Random(20261122);
        for (var run = 0; run < 500; run++)
        {
            AssertMapsLikeCounting(new string([.. Enumerable.Range(0, random.Next(0, 40)).Select(_ => "ab\r\n"[random.Next(4)])]));
        }
    }

    [Test]
    public void Long_lines_and_many_lines_map_every_offset_as_counting_characters_one_by_one_does()
    {
        // Lines of 254, 255 and 256 characters with their breaks sit on both sides of the one-byte length, and
        // hundreds of lines span several blocks of 64 whose starts the map keeps whole.
        var random = new Random(20261206);
        string[] lines = ["", "x", new('a', 253), new('b', 254), new('c', 255), new('d', 1_000)];
        for (var run = 0; run < 20; run++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 400))
                .Select(_ => lines[random.Next(lines.Length)] + (new[] { "\n", "\r\n", "\r" })[random.Next(3)]));
            AssertMapsLikeCounting(text);
        }

        AssertMapsLikeCounting(new string('e', 70_000) + "\r\nx\n" + new string('f', 300));
    }

    private static void AssertMapsLikeCounting(string text)
    {
        var map = LineMap.Build(text);

        var (line, character) = (0, 0);
        for (var offset = 0; offset <= text.Length; offset++)
        {
            if (map.GetPosition(offset) != new LinePosition(line, character))
            {
                Assert.Fail($"offset {offset} of a text of {text.Length} characters: {map.GetPosition(offset)} instead of {new LinePosition(line, character)}");
            }

            if (character == 0)
            {
                Assert.That(map.GetLineStart(line), Is.EqualTo(offset), $"start of line {line}");
            }

            var breaks = offset < text.Length && (text[offset] == '\n' || (text[offset] == '\r' && (offset + 1 == text.Length || text[offset + 1] != '\n')));
            (line, character) = breaks ? (line + 1, 0) : (line, character + 1);
        }

        Assert.That(map.LineCount, Is.EqualTo(line + 1));
    }
}
