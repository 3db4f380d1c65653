using System.Buffers;
using System.Text;

namespace AcrTemplateLint.Text;

/// <summary>
/// Reads a file's text as <see cref="File.ReadAllText(string)"/> does (UTF-8 unless a byte-order mark says UTF-16 or
/// UTF-32; invalid bytes become U+FFFD), with one pooled byte buffer and one string instead of a reader's chunks.
/// </summary>
public static class TextFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public static string ReadAll(string path) => Read(path, int.MaxValue, out _);

    /// <summary>
    /// At most the first <paramref name="maxBytes"/> bytes as text (a character cut in two at the end becomes
    /// U+FFFD); <paramref name="complete"/> says whether that was the whole file.
    /// </summary>
    public static string Read(string path, int maxBytes, out bool complete)
    {
        // A named pipe or a device reports length zero too, and opening a pipe waits for a writer: an empty file is
        // read without being opened, so such files read as empty instead of hanging the run.
        if (new FileInfo(path).Length == 0)
        {
            complete = true;
            return "";
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);
        var length = (int)Math.Min(stream.Length, maxBytes);
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(length, 1));
        try
        {
            var read = 0;
            int count;
            while (read < length && (count = stream.Read(buffer, read, length - read)) > 0)
            {
                read += count;
            }

            complete = read < length || stream.Position >= stream.Length;
            var bytes = buffer.AsSpan(0, read);
            var (encoding, preamble) = Detect(bytes);
            return encoding.GetString(bytes[preamble..]);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static (Encoding Encoding, int Preamble) Detect(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0xEF, 0xBB, 0xBF, ..] => (Utf8, 3),
        [0xFF, 0xFE, 0x00, 0x00, ..] => (Encoding.UTF32, 4),
        [0x00, 0x00, 0xFE, 0xFF, ..] => (new UTF32Encoding(bigEndian: true, byteOrderMark: false), 4),
        [0xFF, 0xFE, ..] => (Encoding.Unicode, 2),
        [0xFE, 0xFF, ..] => (Encoding.BigEndianUnicode, 2),
        _ => (Utf8, 0),
    };
}
