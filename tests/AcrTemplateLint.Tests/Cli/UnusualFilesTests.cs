using System.Runtime.InteropServices;
using AcrTemplateLint.Tests.Support;

namespace AcrTemplateLint.Tests.Cli;

/// <summary>Files the command line names are read and written like templates: odd ones give a message, not a crash or a hang.</summary>
public sealed class UnusualFilesTests
{
    [TestCase("--output")]
    [TestCase("--write-baseline")]
    public void A_file_that_cannot_be_written_is_a_usage_error(string option)
    {
        using var directory = new TempDirectory();
        directory.Write("main.json", File.ReadAllText(Path.Combine(Repository.Samples, "arm", "registry-public.json")));
        var target = Path.Combine(directory.Path, "missing-folder", "out.txt");

        var result = AcrLint.Run(directory.Path, "--root", directory.Path, option, target);

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Does.StartWith($"acrlint: {option} '{target}' cannot be written: "));
        Assert.That(result.Error, Does.Not.Contain("internal error"));
    }

    [Test]
    [Platform("Linux,MacOsX")]
    public void A_configuration_or_baseline_that_is_a_pipe_or_a_device_does_not_hang_or_exhaust_memory()
    {
        using var directory = new TempDirectory();
        directory.Write("main.json", File.ReadAllText(Path.Combine(Repository.Samples, "arm", "registry-public.json")));
        var pipe = Path.Combine(directory.Path, "pipe.yaml");
        Assert.That(MakeFifo(pipe, Convert.ToUInt32("644", 8)), Is.EqualTo(0), "mkfifo");
        directory.Write("rules/ok.txt", "");
        File.CreateSymbolicLink(Path.Combine(directory.Path, "rules", "zero.yaml"), "/dev/zero");

        var run = Task.Run(() => (
            Config: AcrLint.Run(directory.Path, "--root", directory.Path, "--config", pipe),
            Baseline: AcrLint.Run(directory.Path, "--root", directory.Path, "--baseline", "/dev/zero"),
            Rules: AcrLint.Run(directory.Path, "--root", directory.Path, "--rules", Path.Combine(directory.Path, "rules"))));

        Assert.That(run.Wait(TimeSpan.FromMinutes(1)), Is.True, "the runs ended");
        var (config, baseline, rules) = run.Result;
        Assert.Multiple(() =>
        {
            Assert.That(config.Out, Does.Contain("main.json(31,7): error ACR002"), "an empty configuration");
            Assert.That((baseline.ExitCode, baseline.Error), Is.EqualTo((2, "/dev/zero(1,1): error ATL5204: The baseline cannot be read: Invalid JSON: the file ends where a value was expected.\n")));
            Assert.That(rules.Out + rules.Error, Does.Not.Contain("internal error"));
        });
    }

    [TestCase("empty.json", "")]
    [TestCase("truncated.json", "{ \"$schema\": \"https://schema.management.azure.com/schemas/2019-04-01/deploymentParam")]
    [TestCase("template.json", null)]
    public void A_params_file_that_gives_no_parameters_is_reported_not_dropped(string name, string? content)
    {
        using var directory = new TempDirectory();
        var template = File.ReadAllText(Path.Combine(Repository.Samples, "arm", "registry-public.json"));
        directory.Write("main.json", template);
        var parameters = directory.Write($"params/{name}", content ?? template);

        var result = AcrLint.Run(directory.Path, "--root", directory.Path, "--params", parameters);

        Assert.That(result.Out, Does.Contain($"params/{name}(1,1): error ATL5005: The path given with --params holds no ARM parameters file"));
        Assert.That(result.Out, Does.Contain("main.json(31,7): error ACR002"), "the templates are analysed");
    }

    [TestCase("{ \"version\": 1, \"findings\": [ { \"ruleId\": \"ACR001\" } ] }", "(1,31)", "a finding has no \"fingerprint\" string")]
    [TestCase("{ \"version\": 1 }", "(1,1)", "it has no \"findings\" array")]
    [TestCase("{ \"version\": 1, \"findings\": [", "(1,30)", "Invalid JSON: the file ends where a value was expected.")]
    public void A_malformed_baseline_is_reported_where_it_goes_wrong(string json, string at, string reason)
    {
        using var directory = new TempDirectory();
        directory.Write("main.json", File.ReadAllText(Path.Combine(Repository.Samples, "arm", "registry-public.json")));
        var baseline = directory.Write("baseline.json", json);

        var result = AcrLint.Run(directory.Path, "--root", directory.Path, "--baseline", baseline);

        Assert.That((result.ExitCode, result.Error), Is.EqualTo((2, $"{baseline}{at}: error ATL5204: The baseline cannot be read: {reason}\n")));
    }

    [TestCase("--rules", "rules.yaml", "is a file; a folder is expected here.")]
    [TestCase("--policy-params", "params", "is a folder; a file is expected here.")]
    public void A_file_where_a_folder_is_expected_or_the_reverse_is_named_as_such(string option, string name, string message)
    {
        using var directory = new TempDirectory();
        directory.Write("main.json", File.ReadAllText(Path.Combine(Repository.Samples, "arm", "registry-public.json")));
        directory.Write("rules.yaml", "id: X\n");
        directory.Write("params/p.json", "{}");
        var path = Path.Combine(directory.Path, name);

        var result = AcrLint.Run(directory.Path, "--root", directory.Path, option, path);

        Assert.That((result.ExitCode, result.Error), Is.EqualTo((2, $"{path}(1,1): error ATL5006: The path '{path}' {message}\n")));
    }

    [DllImport("libc", EntryPoint = "mkfifo", SetLastError = true)]
    private static extern int MakeFifo(string path, uint mode);
}
