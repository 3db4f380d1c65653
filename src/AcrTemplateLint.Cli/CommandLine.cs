using System.Collections.Immutable;

namespace AcrTemplateLint.Cli;

/// <summary>The parsed command line. A hand-rolled parser keeps usage errors on exit code 2 and startup cheap.</summary>
public sealed record CommandLine
{
    public string Command { get; init; } = "check";

    public ImmutableArray<string> Paths { get; init; } = [];

    public string Format { get; init; } = "text";

    public string? Output { get; init; }

    public string FailOn { get; init; } = "error";

    public string Indeterminate { get; init; } = "note";

    /// <summary>core or all; null means the configuration's choice, else core.</summary>
    public string? Ruleset { get; init; }

    public string? Config { get; init; }

    public string? Baseline { get; init; }

    public string? WriteBaseline { get; init; }

    public bool IncludeSuppressed { get; init; }

    /// <summary>Lets templates read modules, linked templates and loaded files outside the root.</summary>
    public bool AllowOutsideRoot { get; init; }

    public ImmutableArray<string> RuleDirectories { get; init; } = [];

    public ImmutableArray<string> ParameterFiles { get; init; } = [];

    /// <summary>Azure Policy definition or initiative files, or folders of them (--policy).</summary>
    public ImmutableArray<string> PolicyPaths { get; init; } = [];

    /// <summary>Policy assignment files with parameter values for the policies (--policy-params).</summary>
    public ImmutableArray<string> PolicyParameterFiles { get; init; } = [];

    public string Category { get; init; } = "acrlint/";

    public string? Root { get; init; }

    public int? Jobs { get; init; }

    public bool Help { get; init; }

    public bool Version { get; init; }

    private static readonly string[] Commands = ["check", "rules", "explain", "graph"];

    private static readonly Dictionary<string, string[]> Choices = new()
    {
        ["--format"] = ["text", "sarif", "json"],
        ["--fail-on"] = ["error", "warning", "note", "never"],
        ["--indeterminate"] = ["ignore", "note", "warning", "error"],
        ["--ruleset"] = ["core", "all"],
    };

    /// <summary>Parses arguments; returns null with an error message for a usage error.</summary>
    public static CommandLine? Parse(IReadOnlyList<string> args, out string? error)
    {
        error = null;
        var result = new CommandLine();
        var paths = ImmutableArray.CreateBuilder<string>();
        var i = 0;
        if (args.Count > 0 && Commands.Contains(args[0]))
        {
            result = result with { Command = args[0] };
            i = 1;
        }

        for (; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg == "--")
            {
                if (arg != "--")
                {
                    paths.Add(arg);
                }

                continue;
            }

            var (name, inline) = arg.IndexOf('=') is var eq and > 0 ? (arg[..eq], arg[(eq + 1)..]) : (arg, null);
            switch (name)
            {
                case "--help":
                    result = result with { Help = true };
                    continue;
                case "--version":
                    result = result with { Version = true };
                    continue;
                case "--include-suppressed":
                    result = result with { IncludeSuppressed = true };
                    continue;
                case "--allow-outside-root":
                    result = result with { AllowOutsideRoot = true };
                    continue;
            }

            var value = inline ?? (i + 1 < args.Count ? args[++i] : null);
            if (value is null)
            {
                error = $"option '{name}' needs a value";
                return null;
            }

            if (Choices.TryGetValue(name, out var allowed) && !allowed.Contains(value))
            {
                error = $"option '{name}' must be one of {string.Join(", ", allowed)} (got '{value}')";
                return null;
            }

            switch (name)
            {
                case "--format":
                    result = result with { Format = value };
                    break;
                case "--output":
                    result = result with { Output = value };
                    break;
                case "--fail-on":
                    result = result with { FailOn = value };
                    break;
                case "--indeterminate":
                    result = result with { Indeterminate = value };
                    break;
                case "--ruleset":
                    result = result with { Ruleset = value };
                    break;
                case "--rules":
                    result = result with { RuleDirectories = result.RuleDirectories.Add(value) };
                    break;
                case "--params":
                    result = result with { ParameterFiles = result.ParameterFiles.Add(value) };
                    break;
                case "--policy":
                    result = result with { PolicyPaths = result.PolicyPaths.Add(value) };
                    break;
                case "--policy-params":
                    result = result with { PolicyParameterFiles = result.PolicyParameterFiles.Add(value) };
                    break;
                case "--category":
                    result = result with { Category = value };
                    break;
                case "--root":
                    result = result with { Root = value };
                    break;
                case "--config":
                    result = result with { Config = value };
                    break;
                case "--baseline":
                    result = result with { Baseline = value };
                    break;
                case "--write-baseline":
                    result = result with { WriteBaseline = value };
                    break;
                case "--jobs" when int.TryParse(value, out var jobs) && jobs > 0:
                    result = result with { Jobs = jobs };
                    break;
                case "--jobs":
                    error = $"option '--jobs' needs a positive number (got '{value}')";
                    return null;
                default:
                    error = $"unknown option '{name}' (see acrlint --help)";
                    return null;
            }
        }

        return result with { Paths = paths.ToImmutable() };
    }

    public const string Usage = """
        acrlint: checks Bicep and ARM templates for Azure Container Registry network hardening.

        Usage:
          acrlint [check] [PATHS...] [options]   analyse files or folders (default ".")
          acrlint rules                          list the rules
          acrlint explain RULE                   show a rule's help
          acrlint graph [PATHS...]               print the resource graph the rules see (JSON)

        Options:
          --format text|sarif|json               text is file(line,col): level RULE: message (default text)
          --output FILE                          write the report to FILE instead of stdout
          --fail-on error|warning|note|never     exit 1 when a finding is at or above this level (default error)
          --indeterminate ignore|note|warning|error
                                                 level of results that depend on unknown values (default note)
          --ruleset core|all                     core (default) or all rules including hardening
          --rules DIR                            also load the rules in DIR/*.yaml
          --policy FILE_OR_DIR                   also run these Azure Policy definitions and initiatives (JSON;
                                                 folders are searched; repeatable)
          --policy-params FILE                   policy parameter values, in the policy assignment format
                                                 ({"parameters": {"effect": {"value": "Deny"}}}; repeatable)
          --config FILE                          settings (default: the nearest .acrlint.yaml above the first path)
          --baseline FILE                        accept the findings recorded in FILE; only new ones count
          --write-baseline FILE                  record the current findings in FILE
          --include-suppressed                   also report suppressed findings (SARIF: with a suppressions entry)
          --params FILE                          also analyse with this ARM parameters file (repeatable)
          --category ID                          SARIF automationDetails.id (default acrlint/)
          --root DIR                             report paths relative to DIR (default: current directory)
          --allow-outside-root                   let templates read modules and files outside the root
          --jobs N                               analyse N files at a time (default: one per core)
          --version, --help

        Exit codes: 0 no finding at or above --fail-on; 1 findings; 2 usage, configuration or tool error.
        """;
}
