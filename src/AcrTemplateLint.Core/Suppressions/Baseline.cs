using System.Collections.Immutable;
using System.Text.Json;
using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Reporting;
using AcrTemplateLint.Rules.Engine;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Suppressions;

/// <summary>
/// Accepted findings, keyed by their fingerprint (rule, check, file, resource, field: never a line), so that moving
/// code does not resurrect them and only new findings fail the build.
/// </summary>
public sealed record Baseline(ImmutableHashSet<string> Fingerprints, string Path)
{
    public const int FormatVersion = 1;

    public static Baseline? Read(string path, DiagnosticBag diagnostics)
    {
        try
        {
            // Read like a template: a device or a pipe reads as empty, a huge file is refused.
            if (TextFile.TryRead(path, out _, out var problem) is not { } text)
            {
                diagnostics.Add(SuppressionDiagnostics.InvalidBaseline(path, problem ?? "unknown error"));
                return null;
            }

            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
            var fingerprints = document.RootElement.GetProperty("findings").EnumerateArray()
                .Select(f => f.GetProperty("fingerprint").GetString() ?? "")
                .ToImmutableHashSet(StringComparer.Ordinal);
            return new Baseline(fingerprints, path);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            diagnostics.Add(SuppressionDiagnostics.InvalidBaseline(path, error.Message));
            return null;
        }
    }

    /// <summary>Writes every unsuppressed finding; the file is meant to be committed and reviewed.</summary>
    public static void Write(IEnumerable<Finding> findings, Stream output)
    {
        using var json = new Utf8JsonWriter(output, JsonOutput.Settings);
        json.WriteStartObject();
        json.WriteNumber("version", FormatVersion);
        json.WriteString("tool", ReportOptions.ToolName);
        json.WriteStartArray("findings");
        foreach (var finding in findings.OrderBy(f => f.Location.File.DisplayPath, StringComparer.Ordinal).ThenBy(f => f.Rule.Id, StringComparer.Ordinal).ThenBy(Fingerprint.Of, StringComparer.Ordinal))
        {
            json.WriteStartObject();
            json.WriteString("ruleId", finding.Rule.Id);
            json.WriteString("file", finding.Location.File.DisplayPath);
            json.WriteString("resource", finding.ResourceIdentity);
            json.WriteString("field", finding.Field);
            json.WriteString("fingerprint", Fingerprint.Of(finding));
            json.WriteString("message", finding.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        output.WriteByte((byte)'\n');
    }
}
