using System.Buffers;
using System.Text;

namespace AcrTemplateLint.Text;

/// <summary>
/// Reads a file's text as <see cref="File.ReadAllText(string)"/> does (UTF-8 unless a byte-order mark says UTF-16 or
/// UTF-32; invalid bytes become U+FFFD), with one pooled byte buffer and one string instead of a reader's chunks.
/// </summary>
public static class TextFile
{
    /// <summary>Larger templates, modules and parameter files are refused instead of being read into memory.</summary>
    public const long MaxFileSize = 16L * 1024 * 1024;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>
    /// The text of a file acrlint may analyse, or null with why not: it does not exist, it is larger than
    /// <see cref="MaxFileSize"/> (<paramref name="length"/> says how large), or it cannot be read.
    /// </summary>
    public static string? TryRead(string path, out long length, out string? problem)
    {
        length = 0;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                problem = "the file does not exist";
                return null;
            }

            length = info.Length;
            problem = length > MaxFileSize ? $"it is larger than {MaxFileSize / (1024 * 1024)} MiB" : null;
            return problem is null ? Read(path, length, int.MaxValue, out _) : null;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            problem = error.Message;
            return null;
        }
    }

    /// <summary>
    /// At most the first <paramref name="maxBytes"/> bytes of a file of <paramref name="length"/> bytes (as just
    /// looked up) as text; a character cut in two at the end becomes U+FFFD. <paramref name="complete"/> says whether
    /// that was the whole file. Without a byte-order mark the bytes are <paramref name="encoding"/>, UTF-8 by default.
    /// </summary>
    public static string Read(string path, long length, int maxBytes, out bool complete, Encoding? encoding = null)
    {
        // A named pipe or a device reports length zero too, and opening a pipe waits for a writer: an empty file is
        // read without being opened, so such files read as empty instead of hanging the run.
        if (length == 0)
        {
            complete = true;
            return "";
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
        var wanted = (int)Math.Min(stream.Length, maxBytes);
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(wanted, 1));
        try
        {
            var read = 0;
            int count;
            while (read < wanted && (count = stream.Read(buffer, read, wanted - read)) > 0)
            {
                read += count;
            }

            complete = read < wanted || stream.Position >= stream.Length;
            var bytes = buffer.AsSpan(0, read);
            var (detected, preamble) = Detect(bytes, encoding ?? Utf8);
            return detected.GetString(bytes[preamble..]);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static (Encoding Encoding, int Preamble) Detect(ReadOnlySpan<byte> bytes, Encoding fallback) => bytes switch
    {
        [0xEF, 0xBB, 0xBF, ..] => (Utf8, 3),
        [0xFF, 0xFE, 0x00, 0x00, ..] => (Encoding.UTF32, 4),
        [0x00, 0x00, 0xFE, 0xFF, ..] => (new UTF32Encoding(bigEndian: true, byteOrderMark: false), 4),
        [0xFF, 0xFE, ..] => (Encoding.Unicode, 2),
        [0xFE, 0xFF, ..] => (Encoding.BigEndianUnicode, 2),
        _ => (fallback, 0),
    };
}
