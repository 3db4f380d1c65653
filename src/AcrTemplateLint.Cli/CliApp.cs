using System.Collections.Immutable;
using AcrTemplateLint.Analysis;
using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Reporting;
using AcrTemplateLint.Rules.Loading;
using AcrTemplateLint.Rules.Model;

namespace AcrTemplateLint.Cli;

/// <summary>Parses the command line, loads the rules and dispatches to a command. Never throws.</summary>
public static class CliApp
{
    public static int Run(IReadOnlyList<string> args, ConsoleStreams console)
    {
        try
        {
            return RunCore(args, console);
        }
        catch (Exception error)
        {
            console.Error.WriteLine($"acrlint: internal error: {error}");
            return ExitCodes.Error;
        }
        finally
        {
            console.Out.Flush();
            console.Error.Flush();
        }
    }

    private static int RunCore(IReadOnlyList<string> args, ConsoleStreams console)
    {
        if (CommandLine.Parse(args, out var usageError) is not { } options)
        {
            console.Error.WriteLine($"acrlint: {usageError}");
            return ExitCodes.Error;
        }

        var commands = new Commands(console);
        if (options.Help)
        {
            commands.Write(CommandLine.Usage);
            return ExitCodes.Success;
        }

        if (options.Version)
        {
            commands.Write($"acrlint {ToolInfo.Version}");
            return ExitCodes.Success;
        }

        var root = Path.GetFullPath(options.Root ?? Directory.GetCurrentDirectory());
        var ruleDiagnostics = new DiagnosticBag();
        var rules = LoadRules(options, root, ruleDiagnostics);
        if (ruleDiagnostics.HasErrors)
        {
            foreach (var diagnostic in ruleDiagnostics.Items)
            {
                console.Error.WriteLine(TextReportWriter.Format(diagnostic));
            }

            return ExitCodes.Error;
        }

        return options.Command switch
        {
            "rules" => commands.ListRules(rules),
            "explain" => commands.Explain(rules, options.Paths),
            _ => commands.Check(options, root, rules),
        };
    }

    private static ImmutableArray<Rule> LoadRules(CommandLine options, string root, DiagnosticBag diagnostics)
    {
        var builtIn = RuleLoader.LoadBuiltIn(diagnostics)
            .Where(r => options.Ruleset == "all" || r.Ruleset == options.Ruleset);
        var extra = new List<Rule>();
        foreach (var directory in options.RuleDirectories)
        {
            if (Directory.Exists(directory))
            {
                extra.AddRange(RuleLoader.LoadDirectory(directory, root, diagnostics));
            }
            else
            {
                diagnostics.Add(AnalysisDiagnostics.PathNotFound(directory));
            }
        }

        return [.. extra.Concat(builtIn).DistinctBy(r => r.Id).OrderBy(r => r.Id, StringComparer.Ordinal)];
    }
}
