using System.Text;
using AcrTemplateLint.Cli;

namespace AcrTemplateLint.Tests.Support;

/// <summary>Runs the acrlint command in-process and captures what it writes.</summary>
public static class AcrLint
{
    public sealed record Result(int ExitCode, string Out, string Error);

    public static Result Run(params string[] args)
    {
        using var stdout = new MemoryStream();
        using var stderr = new StringWriter();
        var exit = CliApp.Run(args, new ConsoleStreams(stdout, stderr));
        return new Result(exit, Encoding.UTF8.GetString(stdout.ToArray()), stderr.ToString());
    }
}
