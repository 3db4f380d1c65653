using System.Collections.Immutable;
using System.Text.Json;
using AcrTemplateLint.Arm.Json;
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
        // Read like a template (a device or a pipe reads as empty, a huge file is refused) and parsed by the
        // template parser, so that a problem is reported where it is.
        if (TextFile.TryRead(path, out _, out var problem) is not { } text)
        {
            diagnostics.Add(SuppressionDiagnostics.InvalidBaseline(path, null, problem ?? "unknown error"));
            return null;
        }

        var file = new SourceFile(System.IO.Path.GetFullPath(path), path, text);
        var parsed = new DiagnosticBag();
        if (JsonParser.Parse(file, parsed) is not JsonObject root)
        {
            diagnostics.Add(SuppressionDiagnostics.InvalidBaseline(path, parsed.Items.FirstOrDefault()?.Location ?? new SourceLocation(file, default),
                parsed.Items.FirstOrDefault()?.Message ?? "it is not a JSON object"));
            return null;
        }

        if (root.GetProperty("findings")?.Value is not JsonArray findings)
        {
            diagnostics.Add(SuppressionDiagnostics.InvalidBaseline(path, new SourceLocation(file, root.Span), "it has no \"findings\" array"));
            return null;
        }

        var fingerprints = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        foreach (var finding in findings.Items)
        {
            if ((finding as JsonObject)?.GetProperty("fingerprint")?.Value is not JsonString fingerprint)
            {
                diagnostics.Add(SuppressionDiagnostics.InvalidBaseline(path, new SourceLocation(file, finding.Span), "a finding has no \"fingerprint\" string"));
                return null;
            }

            fingerprints.Add(fingerprint.Value);
        }

        return new Baseline(fingerprints.ToImmutable(), path);
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
