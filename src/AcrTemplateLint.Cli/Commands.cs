using System.Collections.Immutable;
using System.Text;
using AcrTemplateLint.Analysis;
using AcrTemplateLint.Configuration;
using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Reporting;
using AcrTemplateLint.Rules.Engine;
using AcrTemplateLint.Rules.Model;
using AcrTemplateLint.Suppressions;

namespace AcrTemplateLint.Cli;

/// <summary>The subcommands: check (and graph), rules, explain.</summary>
internal sealed class Commands
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly ConsoleStreams console;

    public Commands(ConsoleStreams console) => this.console = console;

    public void Write(string text) => console.Out.Write(Utf8.GetBytes(text + "\n"));

    public int ListRules(ImmutableArray<Rule> rules)
    {
        // Imported policies have longer ids (AZP…) and ruleset names (azure-policy) than the built-in rules.
        var idWidth = rules.Select(r => r.Id.Length).Append(8).Max();
        var rulesetWidth = rules.Select(r => r.Ruleset.Length + 1).Append(10).Max();
        var lines = new StringBuilder();
        lines.Append($"{"ID".PadRight(idWidth)} {"Effect",-8} {"Ruleset".PadRight(rulesetWidth)} Title\n");
        foreach (var rule in rules)
        {
            lines.Append($"{rule.Id.PadRight(idWidth)} {rule.Effect.ToString().ToLowerInvariant(),-8} {rule.Ruleset.PadRight(rulesetWidth)} {rule.Title}\n");
        }

        Write(lines.ToString().TrimEnd('\n'));
        return ExitCodes.Success;
    }

    public int Explain(ImmutableArray<Rule> rules, ImmutableArray<string> ids)
    {
        if (ids.Length != 1)
        {
            console.Error.WriteLine("acrlint: explain needs one rule id, e.g. acrlint explain ACR002");
            return ExitCodes.Error;
        }

        if (rules.FirstOrDefault(r => r.Id.Equals(ids[0], StringComparison.OrdinalIgnoreCase)) is not { } rule)
        {
            console.Error.WriteLine($"acrlint: there is no rule '{ids[0]}' (acrlint rules lists them)");
            return ExitCodes.Error;
        }

        Write(RuleHelp.Markdown(rule.Id)?.TrimEnd() ?? $"{rule.Id} {rule.Name}: {RuleHelp.Text(rule)}");
        Write($"\nOnline: {ReportOptions.HelpUri(rule)}");
        return ExitCodes.Success;
    }

    public int Check(CommandLine options, string root, ImmutableArray<Rule> rules, AcrlintConfig config)
    {
        var setup = new DiagnosticBag();
        var baseline = options.Baseline is { } baselinePath ? Baseline.Read(baselinePath, setup) : null;
        if (setup.HasErrors)
        {
            foreach (var diagnostic in setup.Items)
            {
                console.Error.WriteLine(TextReportWriter.Format(diagnostic));
            }

            return ExitCodes.Error;
        }

        var analysis = new AnalysisOptions
        {
            Paths = options.Paths.IsEmpty ? ["."] : options.Paths,
            Root = root,
            Rules = rules,
            ParameterFiles = options.ParameterFiles,
            IndeterminateLevel = options.Indeterminate switch
            {
                "ignore" => FindingLevel.None,
                "warning" => FindingLevel.Warning,
                "error" => FindingLevel.Error,
                _ => FindingLevel.Note,
            },
            Parallelism = options.Jobs ?? Environment.ProcessorCount,
            AllowOutsideRoot = options.AllowOutsideRoot,
            Config = config,
            Baseline = baseline,
        };

        var isGraph = options.Command == "graph";
        var result = Analyzer.Analyze(analysis, keepGraphs: isGraph);
        if (options.Output is null)
        {
            WriteOutput(result, options, isGraph, console.Out);
        }
        else if (!WriteFile(options.Output, "--output", stream => WriteOutput(result, options, isGraph, stream)))
        {
            return ExitCodes.Error;
        }

        if (options.WriteBaseline is { } baselineOut
            && !WriteFile(baselineOut, "--write-baseline", stream => Baseline.Write(result.Findings.Where(f => !f.IsSuppressed), stream)))
        {
            return ExitCodes.Error;
        }

        foreach (var diagnostic in result.Diagnostics.Where(d => d.Path is null))
        {
            console.Error.WriteLine($"acrlint: {diagnostic.Level.ToString().ToLowerInvariant()} {diagnostic.Code}: {diagnostic.Message}");
        }

        if (result.Diagnostics.Any(d => d.Code == AnalysisDiagnostics.PathNotFoundCode))
        {
            return ExitCodes.Error;
        }

        return Fails(result, options.FailOn) ? ExitCodes.Findings : ExitCodes.Success;
    }

    // A file that cannot be written (no such folder, a folder, a full disk) is the user's to fix, not an internal error.
    private bool WriteFile(string path, string option, Action<Stream> write)
    {
        try
        {
            using var file = File.Create(path);
            write(file);
            return true;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"acrlint: {option} '{path}' cannot be written: {error.Message}");
            return false;
        }
    }

    private static void WriteOutput(AnalysisResult result, CommandLine options, bool isGraph, Stream output)
    {
        var report = new ReportOptions { Category = options.Category, IncludeSuppressed = options.IncludeSuppressed };
        if (isGraph)
        {
            GraphWriter.Write(result.Graphs, output);
            return;
        }

        switch (options.Format)
        {
            case "sarif":
                SarifWriter.Write(result, output, report);
                break;
            case "json":
                JsonReportWriter.Write(result, output, report);
                break;
            default:
                using (var writer = new StreamWriter(output, Utf8, leaveOpen: true))
                {
                    TextReportWriter.Write(result, writer, options.IncludeSuppressed);
                }

                break;
        }
    }

    // Diagnostics count at their own level: an unparsable template is an error, as a failing rule is.
    private static bool Fails(AnalysisResult result, string failOn)
    {
        var threshold = failOn switch
        {
            "never" => -1,
            "note" => 2,
            "warning" => 1,
            _ => 0,
        };
        return result.Findings.Any(f => !f.IsSuppressed && Severity(f.Level) <= threshold)
            || result.Diagnostics.Any(d => Severity(d.Level) <= threshold);
    }

    // 0 error, 1 warning, 2 note or info: the --fail-on thresholds.
    private static int Severity(FindingLevel level) => level switch
    {
        FindingLevel.Error => 0,
        FindingLevel.Warning => 1,
        FindingLevel.Note => 2,
        _ => 3,
    };

    private static int Severity(DiagnosticLevel level) => level switch
    {
        DiagnosticLevel.Error => 0,
        DiagnosticLevel.Warning => 1,
        _ => 2,
    };
}
