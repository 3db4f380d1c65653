using AcrTemplateLint.Bicep.Loading;
using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Evaluation;
using AcrTemplateLint.Evaluation.Values;
using AcrTemplateLint.Graph;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Tests.Support;

/// <summary>
/// Bicep templates evaluated for tests: single expressions, and whole graphs with modules on disk. Their texts are kept,
/// so that a test can read what a location covers.
/// </summary>
public static class BicepTemplates
{
    /// <summary>
    /// The value of <paramref name="expression"/> in a template with <paramref name="declarations"/> (written before
    /// it), evaluated with the template's defaults; files the template loads come from <paramref name="files"/>.
    /// </summary>
    public static (Value Value, DiagnosticBag Diagnostics) Evaluate(string expression, string declarations = "", params (string Path, string Text)[] files)
    {
        using var directory = new TempDirectory();
        foreach (var (path, text) in files)
        {
            directory.Write(path, text);
        }

        var main = directory.Write("main.bicep", $"{declarations}\nvar result__ = {expression}\n");
        var diagnostics = new DiagnosticBag();
        var cache = new BicepFileCache(keepTexts: true);
        var file = cache.Bicep(main, "main.bicep").Value ?? throw new InvalidOperationException("main.bicep cannot be read");
        diagnostics.AddRange(file.Diagnostics);
        var load = new BicepLoad(diagnostics, cache, FileAccessPolicy.Unrestricted);
        var scope = new BicepTemplateScope(load, file, null, ModuleContext.Entry(main));
        return (scope.GetVariable("result__", null), diagnostics);
    }

    /// <summary>The graph of main.bicep (with <paramref name="files"/> beside it: modules, loaded files).</summary>
    public static (ResourceGraph Graph, DiagnosticBag Diagnostics) Load(string main, params (string Path, string Text)[] files) =>
        Load(main, null, files);

    public static (ResourceGraph Graph, DiagnosticBag Diagnostics) Load(string main, ParameterSet? parameters, params (string Path, string Text)[] files)
    {
        using var directory = new TempDirectory();
        foreach (var (path, text) in files)
        {
            directory.Write(path, text);
        }

        var mainPath = directory.Write("main.bicep", main);
        var diagnostics = new DiagnosticBag();
        var cache = new BicepFileCache(keepTexts: true);
        var file = cache.Bicep(mainPath, "main.bicep").Value ?? throw new InvalidOperationException("main.bicep cannot be read");
        diagnostics.AddRange(file.Diagnostics);
        return (BicepTemplateLoader.Load(file, parameters, diagnostics, cache, FileAccessPolicy.Within(directory.Path, allowOutsideRoot: false)), diagnostics);
    }

    /// <summary>The one resource of this type.</summary>
    public static ResourceNode Single(this ResourceGraph graph, string type) => graph.Resources.Single(r => r.IsType(type));

    /// <summary>The text of a known string value; fails the test otherwise.</summary>
    public static string Text(Value value) => value is StringValue s ? s.Value : throw new AssertionException($"expected a string, got {ValueFormatter.Display(value)}");

    public static IEnumerable<string> Codes(DiagnosticBag diagnostics) => diagnostics.Items.Select(d => d.Code);
}
