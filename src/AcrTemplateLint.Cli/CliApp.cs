using System.Collections.Immutable;
using AcrTemplateLint.Analysis;
using AcrTemplateLint.Configuration;
using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Reporting;
using AcrTemplateLint.Rules.Loading;
using AcrTemplateLint.Rules.Model;
using AcrTemplateLint.Rules.Policy;

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
        var setup = new DiagnosticBag();
        var (builtIn, custom) = LoadRules(options, root, setup);
        var allRules = Combined(custom, builtIn);
        var config = setup.HasErrors ? AcrlintConfig.Empty : LoadConfig(options, root, allRules, setup);

        // Warnings (a policy acrlint cannot fully evaluate) are shown too; only errors stop the run.
        foreach (var diagnostic in setup.Items)
        {
            console.Error.WriteLine(TextReportWriter.Format(diagnostic));
        }

        if (setup.HasErrors)
        {
            return ExitCodes.Error;
        }

        var ruleset = options.Ruleset ?? config.Ruleset ?? "core";
        // Rules from --rules folders and --policy files always run; the ruleset chooses among the built-in ones.
        var rules = allRules.RemoveAll(r => !custom.Contains(r) && ruleset != "all" && r.Ruleset != ruleset);
        return options.Command switch
        {
            "rules" => commands.ListRules(rules),
            "explain" => commands.Explain(allRules, options.Paths),
            _ => commands.Check(options, root, rules, config),
        };
    }

    // A custom rule replaces the built-in rule of the same id; sorted by id. Loops and List.Sort, not LINQ: ordering
    // and collecting through LINQ is generic code the JIT compiles on every run.
    private static ImmutableArray<Rule> Combined(ImmutableArray<Rule> custom, ImmutableArray<Rule> builtIn)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var combined = new List<Rule>(custom.Length + builtIn.Length);
        foreach (var rule in custom.Concat(builtIn))
        {
            if (ids.Add(rule.Id))
            {
                combined.Add(rule);
            }
        }

        combined.Sort(static (a, b) => string.CompareOrdinal(a.Id, b.Id));
        return [.. combined];
    }

    // The nearest .acrlint.yaml above the first scanned path, unless --config names one.
    private static AcrlintConfig LoadConfig(CommandLine options, string root, ImmutableArray<Rule> rules, DiagnosticBag diagnostics)
    {
        var path = options.Config ?? ConfigLoader.Find(options.Paths.FirstOrDefault() ?? Directory.GetCurrentDirectory());
        if (path is null)
        {
            return AcrlintConfig.Empty;
        }

        if (!File.Exists(path))
        {
            diagnostics.Add(ConfigDiagnostics.NotFound(path));
            return AcrlintConfig.Empty;
        }

        var full = Path.GetFullPath(path);
        return Discovery.Read(full, Discovery.DisplayPath(full, root), diagnostics) is { } file
            ? ConfigLoader.Load(file, rules, diagnostics)
            : AcrlintConfig.Empty;
    }

    /// <summary>
    /// Every built-in rule (all rulesets), the --rules folders' rules and the --policy definitions; the ruleset filter
    /// comes after the config.
    /// </summary>
    private static (ImmutableArray<Rule> BuiltIn, ImmutableArray<Rule> Custom) LoadRules(CommandLine options, string root, DiagnosticBag diagnostics)
    {
        var builtIn = RuleLoader.LoadBuiltIn(diagnostics);
        var extra = new List<Rule>();
        foreach (var directory in options.RuleDirectories)
        {
            if (Directory.Exists(directory))
            {
                extra.AddRange(RuleLoader.LoadDirectory(directory, root, diagnostics));
            }
            else
            {
                diagnostics.Add(File.Exists(directory) ? AnalysisDiagnostics.WrongPathKind(directory, folderExpected: true) : AnalysisDiagnostics.PathNotFound(directory));
            }
        }

        extra.AddRange(PolicyLoader.Load(options.PolicyPaths, options.PolicyParameterFiles, root, diagnostics));
        return (builtIn, [.. extra]);
    }
}
