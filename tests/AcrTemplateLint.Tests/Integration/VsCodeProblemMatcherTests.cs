using System.Text.RegularExpressions;
using AcrTemplateLint.Arm.Json;
using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Tests.Support;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Tests.Integration;

/// <summary>
/// Every line acrlint prints in text format is read by VS Code's $msCompile problem matcher with the right file,
/// position, severity, code and message, and samples/vscode/tasks.json wires it up with workspace-relative paths.
/// </summary>
public sealed class VsCodeProblemMatcherTests
{
    // $msCompile as defined in VS Code (src/vs/workbench/contrib/tasks/common/problemMatcher.ts).
    private static readonly Regex MsCompile = new(
        @"^(?:\s*\d+>)?(\S.*)\((\d+|\d+,\d+|\d+,\d+,\d+,\d+)\)\s*:\s+((?:fatal +)?error|warning|info)\s+(\w+\d+)\s*:\s*(.*)$");

    [Test]
    public void Every_text_line_is_matched_with_its_file_position_severity_code_and_message()
    {
        using var directory = new TempDirectory();
        directory.Write("broken.json", "{ \"$schema\": \"https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#\", \"resources\": [ } ");
        directory.Write("with space/registry.json", File.ReadAllText(Path.Combine(Repository.Samples, "arm", "registry-public.json")));
        directory.Write("unknown.json", File.ReadAllText(Path.Combine(Repository.Samples, "arm", "registry-public.json")).Replace("\"Standard\"", "\"[parameters('nope')]\""));

        var text = AcrLint.Run(directory.Path, "--root", directory.Path, "--format", "text", "--indeterminate", "note").Out;
        var json = System.Text.Json.JsonDocument.Parse(AcrLint.Run(directory.Path, "--root", directory.Path, "--format", "json").Out).RootElement;

        var lines = text.TrimEnd('\n').Split('\n');
        var expected = json.GetProperty("findings").EnumerateArray().Select(f => (
                File: f.GetProperty("file").GetString(), Line: f.GetProperty("startLine").GetInt32(), Column: f.GetProperty("startColumn").GetInt32(),
                Severity: f.GetProperty("level").GetString() == "note" ? "info" : f.GetProperty("level").GetString(),
                Code: f.GetProperty("ruleId").GetString(), Message: f.GetProperty("message").GetString()))
            .Concat(json.GetProperty("diagnostics").EnumerateArray().Select(d => (
                File: d.GetProperty("file").GetString(), Line: d.GetProperty("startLine").GetInt32(), Column: d.GetProperty("startColumn").GetInt32(),
                Severity: d.GetProperty("level").GetString(), Code: d.GetProperty("code").GetString(), Message: d.GetProperty("message").GetString())))
            .ToList();

        Assert.That(lines, Has.Length.EqualTo(expected.Count).And.Length.GreaterThanOrEqualTo(4));
        Assert.That(expected.Select(e => e.Code), Does.Contain("ATL2001").And.Contain("ACR002").And.Contain("ACR001"));
        foreach (var line in lines)
        {
            var match = MsCompile.Match(line);
            Assert.That(match.Success, Is.True, $"$msCompile does not match: {line}");
            var position = match.Groups[2].Value.Split(',').Select(int.Parse).ToArray();
            var parsed = (File: match.Groups[1].Value, Line: position[0], Column: position[1], Severity: match.Groups[3].Value, Code: match.Groups[4].Value, Message: match.Groups[5].Value);
            Assert.That(expected, Does.Contain(parsed), line);
        }
    }

    [Test]
    public void Azure_policy_findings_are_matched_with_their_AZP_codes()
    {
        var text = AcrLint.Run(Repository.Samples, "--root", Repository.Root, "--policy", PolicyCorpus.Folder).Out;

        var codes = text.TrimEnd('\n').Split('\n').Select(line => MsCompile.Match(line)).Select(m => m.Success ? m.Groups[4].Value : "(no match)").ToList();

        Assert.That(codes, Has.None.EqualTo("(no match)"));
        Assert.That(codes, Has.Some.Match(@"^AZP\d{10}$"));
    }

    [Test]
    public void The_sample_task_uses_msCompile_with_workspace_relative_paths()
    {
        var path = Path.Combine(Repository.Samples, "vscode", "tasks.json");
        var diagnostics = new DiagnosticBag();
        var root = (JsonObject)JsonParser.Parse(new SourceFile(path, "tasks.json", File.ReadAllText(path)), diagnostics)!;
        Assert.That(diagnostics.Items, Is.Empty);

        var task = (JsonObject)((JsonArray)root["tasks"]!).Items[0];
        var matcher = (JsonObject)task["problemMatcher"]!;
        Assert.That(((JsonString)matcher["base"]!).Value, Is.EqualTo("$msCompile"));
        Assert.That(((JsonString)matcher["owner"]!).Value, Is.EqualTo("acrlint"));
        var location = ((JsonArray)matcher["fileLocation"]!).Items.Cast<JsonString>().Select(s => s.Value);
        Assert.That(location, Is.EqualTo(new[] { "relative", "${workspaceFolder}" }));
        var args = ((JsonArray)task["args"]!).Items.Cast<JsonString>().Select(s => s.Value).ToList();
        Assert.That(args[args.IndexOf("--root") + 1], Is.EqualTo("${workspaceFolder}"), "paths must be printed relative to the folder fileLocation resolves against");
    }
}
