using AcrTemplateLint.Analysis;
using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Tests.Support;

namespace AcrTemplateLint.Tests.Analysis;

public sealed class DiscoveryTests
{
    private const string Template = """{ "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", "resources": [] }""";
    private const string Parameters = """{ "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#", "parameters": {} }""";

    [Test]
    public void Folders_are_walked_with_hidden_ones_without_tool_folders_and_without_following_links()
    {
        using var directory = new TempDirectory();
        directory.Write("b/main.bicep", "");
        directory.Write("a/azuredeploy.json", Template);
        directory.Write("a/azuredeploy.parameters.json", Parameters);
        directory.Write("a/package.json", """{ "name": "app" }""");
        directory.Write(".azure/hidden.bicep", "");
        directory.Write("node_modules/pkg/module.bicep", "");
        directory.Write("bin/Debug/copy.bicep", "");
        Directory.CreateSymbolicLink(Path.Combine(directory.Path, "b", "loop"), directory.Path);

        var found = Discovery.Discover([directory.Path], directory.Path, new DiagnosticBag());

        Assert.That(found.Select(f => (f.DisplayPath, f.Kind, f.Explicit)), Is.EqualTo(new[]
        {
            (".azure/hidden.bicep", InputKind.Bicep, false),
            ("a/azuredeploy.json", InputKind.ArmTemplate, false),
            ("a/azuredeploy.parameters.json", InputKind.ArmParameters, false),
            ("b/main.bicep", InputKind.Bicep, false),
        }));
    }

    [Test]
    public void A_file_named_on_the_command_line_is_explicit_even_inside_a_tool_folder()
    {
        using var directory = new TempDirectory();
        var named = directory.Write("node_modules/named.bicep", "");

        var found = Discovery.Discover([named, directory.Path], directory.Path, new DiagnosticBag());

        Assert.That(found.Select(f => (f.DisplayPath, f.Explicit)), Is.EqualTo(new[] { ("node_modules/named.bicep", true) }));
    }

    [TestCase(1)]
    [TestCase(4)]
    public void Paths_that_overlap_give_each_file_once_as_reached_through_the_first_path(int parallelism)
    {
        using var directory = new TempDirectory();
        for (var i = 0; i < 20; i++)
        {
            directory.Write($"d{i % 4}/sub{i % 3}/t{i}.bicep", "");
        }

        var named = directory.Write("d1/named.bicep", "");
        directory.Write("d1/deep/er/x.json", Template);
        var diagnostics = new DiagnosticBag();

        var found = Discovery.Discover([Path.Combine(directory.Path, "d1"), named, directory.Path, Path.Combine(directory.Path, "missing")], directory.Path, diagnostics, parallelism: parallelism);

        Assert.That(found.Select(f => f.DisplayPath), Is.EqualTo(Enumerable.Range(0, 20).Select(i => $"d{i % 4}/sub{i % 3}/t{i}.bicep")
            .Append("d1/named.bicep").Append("d1/deep/er/x.json").Order(StringComparer.Ordinal)));
        Assert.That(found.Where(f => f.Explicit), Is.Empty, "named.bicep was reached through d1 first");
        Assert.That(diagnostics.Items.Select(d => d.Code), Is.EqualTo(new[] { AnalysisDiagnostics.PathNotFoundCode }));
    }
}
