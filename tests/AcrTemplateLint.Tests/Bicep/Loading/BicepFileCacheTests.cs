using AcrTemplateLint.Bicep.Loading;
using AcrTemplateLint.Text;
using AcrTemplateLint.Tests.Support;

namespace AcrTemplateLint.Tests.Bicep.Loading;

public sealed class BicepFileCacheTests
{
    private const string Main = """
        param name string = 'acr'
        #disable-next-line ACR002 // public on purpose
        output id string = name
        """;

    [Test]
    public void A_parsed_file_keeps_its_length_positions_and_pragmas_but_not_its_text()
    {
        using var directory = new TempDirectory();
        var path = directory.Write("main.bicep", Main);

        var file = new BicepFileCache().Bicep(path, "main.bicep").Value!;

        Assert.Multiple(() =>
        {
            Assert.That(() => file.Source.Text, Throws.InvalidOperationException.With.Message.Contains("main.bicep"));
            Assert.That(file.Source.Length, Is.EqualTo(Main.Length));
            Assert.That(file.Source.GetPosition(Main.IndexOf("output", StringComparison.Ordinal)), Is.EqualTo(new LinePosition(2, 0)));
            Assert.That(file.HasPragmas, Is.True);
        });
    }

    [Test]
    public void A_json_module_is_released_once_parsed_too()
    {
        using var directory = new TempDirectory();
        var path = directory.Write("module.json", """{ "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", "resources": [] }""");

        var module = new BicepFileCache().Json(path, "module.json").Value!;

        Assert.Multiple(() =>
        {
            Assert.That(() => module.File.Text, Throws.InvalidOperationException);
            Assert.That(module.Root.Properties, Has.Length.EqualTo(2));
        });
    }

    [Test]
    public void Texts_are_kept_when_the_cache_is_asked_to()
    {
        using var directory = new TempDirectory();
        var path = directory.Write("main.bicep", "param name string\n");

        var file = new BicepFileCache(keepTexts: true).Bicep(path, "main.bicep").Value!;

        Assert.Multiple(() =>
        {
            Assert.That(file.Source.Text, Is.EqualTo("param name string\n"));
            Assert.That(file.HasPragmas, Is.False);
        });
    }
}
