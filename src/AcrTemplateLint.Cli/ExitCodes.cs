namespace AcrTemplateLint.Cli;

/// <summary>The exit codes of the command-line contract (DESIGN.md).</summary>
public static class ExitCodes
{
    /// <summary>No finding at or above --fail-on.</summary>
    public const int Success = 0;

    /// <summary>Findings (or unparsable inputs) at or above --fail-on.</summary>
    public const int Findings = 1;

    /// <summary>Usage error, unreadable configuration or rules, or a fault in acrlint itself.</summary>
    public const int Error = 2;
}
