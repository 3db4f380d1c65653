using System.Text;
using AcrTemplateLint.Tests.Support;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Tests.Text;

public sealed class TextFileTests
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    [TestCase("utf-8")]
    [TestCase("utf-8-bom")]
    [TestCase("utf-16LE")]
    [TestCase("utf-16BE")]
    [TestCase("utf-32LE")]
    [TestCase("invalid-utf-8")]
    public void Reads_text_as_File_ReadAllText_does(string encoding)
    {
        const string text = "param location string = 'westeurope' // é€😀\r\n";
        var bytes = encoding switch
        {
            "utf-8" => Encoding.UTF8.GetBytes(text),
            "utf-8-bom" => [.. Utf8Bom, .. Encoding.UTF8.GetBytes(text)],
            "utf-16LE" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            "utf-16BE" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
            "utf-32LE" => [.. Encoding.UTF32.GetPreamble(), .. Encoding.UTF32.GetBytes(text)],
            _ => [.. Encoding.UTF8.GetBytes("a"), 0xC3, 0x28, 0xFF, .. Encoding.UTF8.GetBytes("b")],
        };
        using var directory = new TempDirectory();
        var path = directory.Write("file.bicep", "");
        File.WriteAllBytes(path, bytes);

        Assert.That(TextFile.TryRead(path, out _, out _), Is.EqualTo(File.ReadAllText(path)));
    }

    [Test]
    public void A_prefix_says_whether_it_is_the_whole_file()
    {
        using var directory = new TempDirectory();
        var path = directory.Write("file.json", "0123456789");

        Assert.Multiple(() =>
        {
            Assert.That(TextFile.Read(path, 10, 4, out var partial), Is.EqualTo("0123"));
            Assert.That(partial, Is.False);
            Assert.That(TextFile.Read(path, 10, 10, out var exact), Is.EqualTo("0123456789"));
            Assert.That(exact, Is.True);
            Assert.That(TextFile.Read(path, 10, 100, out var whole), Is.EqualTo("0123456789"));
            Assert.That(whole, Is.True);
        });
    }

    [Test]
    public void A_missing_or_too_large_file_is_not_read_and_says_why()
    {
        using var directory = new TempDirectory();
        var large = Path.Combine(directory.Path, "large.json");
        using (var stream = File.Create(large))
        {
            stream.SetLength(TextFile.MaxFileSize + 1);
        }

        Assert.Multiple(() =>
        {
            Assert.That(TextFile.TryRead(Path.Combine(directory.Path, "missing.json"), out _, out var missing), Is.Null);
            Assert.That(missing, Is.EqualTo("the file does not exist"));
            Assert.That(TextFile.TryRead(large, out var length, out var tooLarge), Is.Null);
            Assert.That(tooLarge, Is.EqualTo("it is larger than 16 MiB"));
            Assert.That(length, Is.EqualTo(TextFile.MaxFileSize + 1));
            Assert.That(TextFile.TryRead(directory.Write("small.json", "{}"), out _, out var none), Is.EqualTo("{}"));
            Assert.That(none, Is.Null);
        });
    }
}
