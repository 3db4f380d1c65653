using System.Text.Json;
using AcrTemplateLint.Analysis;
using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Rules.Engine;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Reporting;

/// <summary>
/// A plain JSON report for scripts: findings and diagnostics with 1-based positions and a summary. The shape is
/// documented in docs/json-report.md and versioned by "formatVersion".
/// </summary>
public static class JsonReportWriter
{
    public const int FormatVersion = 1;

    public static void Write(AnalysisResult result, Stream output, ReportOptions options)
    {
        using var json = new Utf8JsonWriter(output, JsonOutput.Settings);
        json.WriteStartObject();
        json.WriteNumber("formatVersion", FormatVersion);
        json.WriteString("tool", ReportOptions.ToolName);
        json.WriteString("version", options.ToolVersion);
        json.WriteStartArray("findings");
        foreach (var finding in result.Findings.Where(f => options.IncludeSuppressed || !f.IsSuppressed))
        {
            json.WriteStartObject();
            json.WriteString("ruleId", finding.Rule.Id);
            json.WriteString("level", finding.Level.ToString().ToLowerInvariant());
            json.WriteString("outcome", finding.Outcome.ToString().ToLowerInvariant());
            json.WriteString("message", finding.Message);
            WriteLocation(json, finding.Location);
            json.WriteString("resource", finding.ResourceIdentity);
            json.WriteString("field", finding.Field);
            json.WriteString("fingerprint", Fingerprint.Of(finding));
            json.WriteStartArray("related");
            foreach (var hop in finding.Related)
            {
                json.WriteStartObject();
                json.WriteString("message", hop.Description);
                WriteLocation(json, hop.Location);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("parameterSets");
            foreach (var set in finding.ParameterSets)
            {
                json.WriteStringValue(set);
            }

            json.WriteEndArray();
            if (finding.Suppression is { } suppression)
            {
                json.WriteStartObject("suppression");
                json.WriteString("kind", suppression.Kind.ToString().ToLowerInvariant());
                json.WriteString("justification", suppression.Justification);
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.FlushWhenFull();
        }

        json.WriteEndArray();
        json.WriteStartArray("diagnostics");
        foreach (var diagnostic in result.Diagnostics)
        {
            json.WriteStartObject();
            json.WriteString("code", diagnostic.Code);
            json.WriteString("level", diagnostic.Level.ToString().ToLowerInvariant());
            json.WriteString("message", diagnostic.Message);
            if (diagnostic.Location is { } location)
            {
                WriteLocation(json, location);
            }
            else if (diagnostic.Path is { } path)
            {
                json.WriteString("file", path);
            }

            json.WriteEndObject();
            json.FlushWhenFull();
        }

        json.WriteEndArray();
        json.WriteStartObject("summary");
        json.WriteNumber("files", result.AnalyzedFiles.Length);
        var reported = result.Findings.Where(f => !f.IsSuppressed).ToList();
        json.WriteNumber("errors", reported.Count(f => f.Level == FindingLevel.Error));
        json.WriteNumber("warnings", reported.Count(f => f.Level == FindingLevel.Warning));
        json.WriteNumber("notes", reported.Count(f => f.Level == FindingLevel.Note));
        json.WriteNumber("indeterminate", reported.Count(f => f.IsIndeterminate));
        json.WriteNumber("suppressed", result.Findings.Length - reported.Count);
        json.WriteNumber("diagnosticErrors", result.Diagnostics.Count(d => d.Level == DiagnosticLevel.Error));
        json.WriteEndObject();
        json.WriteEndObject();
        json.Flush();
        output.WriteByte((byte)'\n');
    }

    private static void WriteLocation(Utf8JsonWriter json, SourceLocation location)
    {
        var region = Region.Of(location);
        json.WriteString("file", location.File.DisplayPath);
        json.WriteNumber("startLine", region.StartLine);
        json.WriteNumber("startColumn", region.StartColumn);
        json.WriteNumber("endLine", region.EndLine);
        json.WriteNumber("endColumn", region.EndColumn);
    }
}
