using System.Runtime.InteropServices;
using AcrTemplateLint.Tests.Support;

namespace AcrTemplateLint.Tests.Robustness;

/// <summary>Inputs beyond the limits are refused with a diagnostic, and the other files are still analysed.</summary>
public sealed class LimitTests
{
    [Test]
    public void A_100_MB_file_is_refused_without_being_read()
    {
        using var directory = new TempDirectory();
        var huge = Path.Combine(directory.Path, "huge.json");
        using (var stream = File.Create(huge))
        {
            stream.SetLength(100L * 1024 * 1024);
        }

        directory.Write("other.json", File.ReadAllText(Path.Combine(Repository.Samples, "arm", "registry-public.json")));

        var result = AcrLint.Run(directory.Path, "--root", directory.Path);

        Assert.That(result.Out, Does.Contain("huge.json(1,1): error ATL5003: The file is 100 MiB; files over 16 MiB are not analysed."));
        Assert.That(result.Out, Does.Contain("other.json(31,7): error ACR002"));
    }

    [Test]
    [Platform("Linux,MacOsX")]
    public void Named_pipes_among_the_templates_do_not_hang_the_run()
    {
        using var directory = new TempDirectory();
        foreach (var pipe in new[] { "pipe.json", "pipe.bicep", "pipe.txt" })
        {
            Assert.That(MakeFifo(Path.Combine(directory.Path, pipe), Convert.ToUInt32("644", 8)), Is.EqualTo(0), "mkfifo");
        }

        directory.Write("other.json", File.ReadAllText(Path.Combine(Repository.Samples, "arm", "registry-public.json")));
        directory.Write("loads.bicep", "var text = loadTextContent('pipe.txt')\nvar bytes = loadFileAsBase64('pipe.txt')\noutput both string = '${text}${bytes}'\n");

        // Opening a pipe for reading waits for a writer: a run that opened one would never end.
        var run = Task.Run(() => AcrLint.Run(directory.Path, "--root", directory.Path));

        Assert.That(run.Wait(TimeSpan.FromMinutes(1)), Is.True, "the run ended");
        Assert.That(run.Result.Out, Does.Contain("other.json(31,7): error ACR002"));
    }

    [DllImport("libc", EntryPoint = "mkfifo", SetLastError = true)]
    private static extern int MakeFifo(string path, uint mode);

    [Test]
    public void Ten_thousand_nested_arrays_give_a_diagnostic()
    {
        using var directory = new TempDirectory();
        directory.Write("deep.json", "{ \"$schema\": \"https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#\", \"variables\": { \"v\": "
            + new string('[', 10_000) + new string(']', 10_000) + " } }");

        var result = AcrLint.Run(directory.Path, "--root", directory.Path);

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Out, Does.Contain("error ATL2006: JSON nesting deeper than 256 levels is not analysed."));
    }

    [TestCase("no/such/folder", "error ATL5001: The path 'no/such/folder' does not exist.")]
    public void A_wrong_path_says_so(string path, string message)
    {
        var result = AcrLint.Run(path);

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Out, Does.Contain(message));
    }

    [Test]
    public void A_folder_without_templates_says_what_acrlint_looks_for()
    {
        using var directory = new TempDirectory();
        directory.Write("package.json", "{ \"name\": \"app\" }");

        var result = AcrLint.Run(directory.Path, "--root", directory.Path);

        Assert.That(result.ExitCode, Is.EqualTo(0));
        Assert.That(result.Error, Does.Contain("info ATL5004: No Bicep or ARM templates found in"));
        Assert.That(result.Error, Does.Contain("ARM JSON is recognised by its deploymentTemplate $schema"));
    }
}
