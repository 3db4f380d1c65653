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
}
