using AcrTemplateLint.Tests.Support;

namespace AcrTemplateLint.Tests.Robustness;

/// <summary>
/// Paths a template writes are untrusted input: one that no file can have, or a search pattern that is a path, is
/// refused with a positioned diagnostic, and the other files are still analysed (found by mutation fuzzing: these
/// were internal errors, and in a parameter file an abort of the whole run).
/// </summary>
public sealed class HostilePathTests
{
    [TestCase("module.bicep", "module m '\\u{0}' = {\n  name: 'm'\n}\n", "module.bicep(1,10): error ATL1211: The path '\\u0000' is not read because it contains a NUL character")]
    [TestCase("import.bicep", "import * as x from '\\u{0}'\n", "import.bicep(1,20): error ATL1211: The path '\\u0000' is not read because it contains a NUL character")]
    [TestCase("load.bicep", "var x = loadTextContent('\\u{0}')\n", "load.bicep(1,9): error ATL1211: The path '\\u0000' is not read because it contains a NUL character")]
    [TestCase("folder.bicep", "var x = loadDirectoryFileInfo('\\u{0}')\n", "folder.bicep(1,9): error ATL1211: The path '\\u0000' is not read because it contains a NUL character")]
    [TestCase("pattern.bicep", "var x = loadDirectoryFileInfo('.', '../*')\n", "pattern.bicep(1,9): error ATL1210: loadDirectoryFileInfo('.'): the file cannot be read: the search pattern '../*' is not a file name pattern")]
    [TestCase("nul.bicep", "var x = loadDirectoryFileInfo('.', '\\u{0}')\n", "nul.bicep(1,9): error ATL1210: loadDirectoryFileInfo('.'): the file cannot be read: the search pattern '\\u0000' is not a file name pattern")]
    [TestCase("using.bicepparam", "using '\\u{0}'\n", "using.bicepparam(1,7): error ATL1211: The path '\\u0000' is not read because it contains a NUL character")]
    [TestCase("value.bicepparam", "using 'main.bicep'\nparam p = loadTextContent('\\u{0}')\n", "value.bicepparam(2,11): error ATL1211: The path '\\u0000' is not read because it contains a NUL character")]
    [TestCase("linked.json", "{\n  \"$schema\": \"https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#\",\n  \"resources\": [ { \"type\": \"Microsoft.Resources/deployments\", \"apiVersion\": \"2022-09-01\", \"name\": \"l\",\n    \"properties\": { \"mode\": \"Incremental\", \"templateLink\": { \"relativePath\": \"\\u0000\" } } } ]\n}\n",
        "linked.json(4,44): error ATL2213: The linked template '\\u0000' is not read because it contains a NUL character")]
    public void A_path_no_file_can_have_is_refused_where_it_is_written(string name, string content, string expected)
    {
        using var directory = new TempDirectory();
        directory.Write(name, content);
        directory.Write("main.bicep", "param p string\n");
        directory.Write("other.json", File.ReadAllText(Path.Combine(Repository.Samples, "arm", "registry-public.json")));

        var result = AcrLint.Run(directory.Path, "--root", directory.Path);

        Assert.That(result.Out, Does.Contain(expected));
        Assert.That(result.Out, Does.Not.Contain("ATL5999"));
        Assert.That(result.Out, Does.Contain("other.json(31,7): error ACR002"), "the other files are analysed");
    }
}
