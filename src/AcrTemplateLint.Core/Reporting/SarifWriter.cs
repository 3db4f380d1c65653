using System.Text.Json;
using AcrTemplateLint.Analysis;
using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Rules.Engine;
using AcrTemplateLint.Rules.Model;
using AcrTemplateLint.Suppressions;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Reporting;

/// <summary>
/// SARIF 2.1.0 as GitHub code scanning and Azure DevOps read it: one run, full rule metadata, exact regions,
/// repository-relative URIs under %SRCROOT%, line-independent fingerprints, and tool diagnostics as execution
/// notifications. No timestamps or absolute paths, so the same input gives the same bytes.
/// </summary>
public static class SarifWriter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    /// <summary>GitHub rejects a run with more results, and a result with more than 1,000 locations (it shows 100).</summary>
    public const int MaxResults = 25_000;
    public const int MaxRelatedLocations = 100;

    private const string SourceRoot = "%SRCROOT%";

    public static void Write(AnalysisResult result, Stream output, ReportOptions options)
    {
        using var json = new Utf8JsonWriter(output, JsonOutput.Settings);
        // Sorted and indexed with loops: OrderBy's index map and pairs of a string and an int are generic code the JIT
        // compiles in every run. Rule ids are unique.
        var rules = result.Rules.Where(r => r.Effect != RuleEffect.Disabled).ToList();
        rules.Sort(static (a, b) => string.CompareOrdinal(a.Id, b.Id));
        var ruleIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < rules.Count; i++)
        {
            ruleIndex[rules[i].Id] = i;
        }

        json.WriteStartObject();
        json.WriteString("$schema", SchemaUri);
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();

        WriteTool(json, rules, options);
        json.WriteStartObject("automationDetails");
        json.WriteString("id", options.Category);
        json.WriteEndObject();
        var findings = result.Findings.Where(f => options.IncludeSuppressed || !f.IsSuppressed).ToList();
        var omitted = Math.Max(0, findings.Count - MaxResults);
        WriteInvocation(json, result.Diagnostics, omitted);
        json.WriteStartArray("results");

        // Over GitHub's limit, keep the most severe results (ordered as reported otherwise).
        foreach (var finding in omitted == 0 ? findings : findings.OrderBy(f => f.Level).Take(MaxResults).ToList())
        {
            WriteResult(json, finding, ruleIndex);
            json.FlushWhenFull();
        }

        json.WriteEndArray();
        json.WriteString("columnKind", "utf16CodeUnits");
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        output.WriteByte((byte)'\n');
    }

    private static void WriteTool(Utf8JsonWriter json, List<Rule> rules, ReportOptions options)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", ReportOptions.ToolName);
        json.WriteString("semanticVersion", options.ToolVersion);
        json.WriteString("informationUri", ReportOptions.InformationUri);
        json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("name", rule.Name);
            WriteText(json, "shortDescription", rule.Title);
            WriteText(json, "fullDescription", rule.Description);
            json.WriteStartObject("help");
            json.WriteString("text", RuleHelp.Text(rule));
            json.WriteString("markdown", RuleHelp.Markdown(rule.Id) ?? RuleHelp.Text(rule));
            json.WriteEndObject();
            json.WriteString("helpUri", ReportOptions.HelpUri(rule));
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(FindingBuilder.LevelOf(rule.Effect)));
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteStartArray("tags");
            foreach (var tag in rule.Tags)
            {
                json.WriteStringValue(tag);
            }

            json.WriteEndArray();
            if (rule.SecuritySeverity is { } severity)
            {
                json.WriteString("security-severity", severity);
            }

            json.WriteString("precision", "high");
            json.WriteString("ruleset", rule.Ruleset);
            if (rule.PolicyId is { } policy)
            {
                json.WriteString("azurePolicyDefinitionId", policy);
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteInvocation(Utf8JsonWriter json, IEnumerable<Diagnostic> diagnostics, int omitted)
    {
        json.WriteStartArray("invocations");
        json.WriteStartObject();
        json.WriteBoolean("executionSuccessful", !diagnostics.Any(d => d.Code == AnalysisDiagnostics.InternalErrorCode));
        json.WriteStartArray("toolExecutionNotifications");
        if (omitted > 0)
        {
            json.WriteStartObject();
            json.WriteString("level", "warning");
            WriteText(json, "message", $"{omitted} less severe results were left out to stay within GitHub's limit of {MaxResults} results per run.");
            json.WriteEndObject();
        }

        foreach (var diagnostic in diagnostics)
        {
            json.WriteStartObject();
            json.WriteStartObject("descriptor");
            json.WriteString("id", diagnostic.Code);
            json.WriteEndObject();
            json.WriteString("level", diagnostic.Level switch
            {
                DiagnosticLevel.Error => "error",
                DiagnosticLevel.Warning => "warning",
                _ => "note",
            });
            WriteText(json, "message", diagnostic.Message);
            if (diagnostic.Path is { } path)
            {
                json.WriteStartArray("locations");
                json.WriteStartObject();
                WritePhysical(json, path, diagnostic.Location);
                json.WriteEndObject();
                json.WriteEndArray();
            }

            json.WriteEndObject();
            json.FlushWhenFull();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static void WriteResult(Utf8JsonWriter json, Finding finding, Dictionary<string, int> ruleIndex)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", finding.Rule.Id);
        if (ruleIndex.TryGetValue(finding.Rule.Id, out var index))
        {
            json.WriteNumber("ruleIndex", index);
        }

        json.WriteString("level", Level(finding.Level));
        json.WriteString("kind", finding.IsIndeterminate ? "open" : "fail");
        WriteText(json, "message", finding.Message);
        json.WriteStartArray("locations");
        json.WriteStartObject();
        WritePhysical(json, finding.Location.File.DisplayPath, finding.Location);
        json.WriteEndObject();
        json.WriteEndArray();

        if (!finding.Related.IsEmpty)
        {
            json.WriteStartArray("relatedLocations");
            var id = 1;
            foreach (var hop in finding.Related.Take(MaxRelatedLocations))
            {
                json.WriteStartObject();
                json.WriteNumber("id", id++);
                WritePhysical(json, hop.Location.File.DisplayPath, hop.Location);
                WriteText(json, "message", hop.Description);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        if (finding.Suppression is { } suppression)
        {
            json.WriteStartArray("suppressions");
            json.WriteStartObject();
            json.WriteString("kind", suppression.Kind == SuppressionKind.InSource ? "inSource" : "external");
            json.WriteString("status", "accepted");
            json.WriteString("justification", suppression.Justification);
            if (suppression.Location is { } where)
            {
                json.WriteStartObject("location");
                WritePhysical(json, where.File.DisplayPath, where);
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteStartObject("partialFingerprints");
        json.WriteString(Fingerprint.Key, Fingerprint.Of(finding));
        json.WriteEndObject();
        json.WriteStartObject("properties");
        json.WriteString("resource", finding.ResourceIdentity);
        if (!finding.ParameterSets.IsEmpty)
        {
            json.WriteStartArray("parameterSets");
            foreach (var set in finding.ParameterSets)
            {
                json.WriteStringValue(set);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WritePhysical(Utf8JsonWriter json, string path, SourceLocation? location)
    {
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", ArtifactUri(path));
        if (!Path.IsPathRooted(path))
        {
            json.WriteString("uriBaseId", SourceRoot);
        }

        json.WriteEndObject();
        if (location is not null)
        {
            var region = Region.Of(location);
            json.WriteStartObject("region");
            json.WriteNumber("startLine", region.StartLine);
            json.WriteNumber("startColumn", region.StartColumn);
            json.WriteNumber("endLine", region.EndLine);
            json.WriteNumber("endColumn", region.EndColumn);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    // Relative paths become relative URI references; absolute ones (outside the root) become file URIs.
    private static string ArtifactUri(string path) =>
        Path.IsPathRooted(path) ? new Uri(path).AbsoluteUri : string.Join('/', path.Split('/').Select(Uri.EscapeDataString));

    private static void WriteText(Utf8JsonWriter json, string name, string text)
    {
        json.WriteStartObject(name);
        json.WriteString("text", text);
        json.WriteEndObject();
    }

    private static string Level(FindingLevel level) => level switch
    {
        FindingLevel.Error => "error",
        FindingLevel.Warning => "warning",
        FindingLevel.Note => "note",
        _ => "none",
    };
}
