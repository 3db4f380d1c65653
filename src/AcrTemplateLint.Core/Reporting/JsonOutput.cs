using System.Text.Encodings.Web;
using System.Text.Json;

namespace AcrTemplateLint.Reporting;

/// <summary>
/// Streams a JSON report: the writer hands what it has to the output every 64 KiB instead of holding the whole report
/// in one growing buffer (a corpus-size SARIF file is megabytes, which would otherwise be copied each time it grows).
/// </summary>
internal static class JsonOutput
{
    private const int FlushThreshold = 64 * 1024;

    /// <summary>Indented, and without escaping apostrophes, HTML-sensitive or non-ASCII characters: messages stay readable.</summary>
    public static JsonWriterOptions Settings => new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void FlushWhenFull(this Utf8JsonWriter json)
    {
        if (json.BytesPending > FlushThreshold)
        {
            json.Flush();
        }
    }
}
