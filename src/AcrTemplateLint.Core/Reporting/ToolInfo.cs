using System.Reflection;

namespace AcrTemplateLint.Reporting;

/// <summary>The tool's version, from the assembly (without the source-revision suffix, so reports stay deterministic).</summary>
public static class ToolInfo
{
    public static string Version { get; } = ReadVersion();

    private static string ReadVersion()
    {
        var informational = typeof(ToolInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = informational.IndexOf('+');
        return plus < 0 ? informational : informational[..plus];
    }
}
