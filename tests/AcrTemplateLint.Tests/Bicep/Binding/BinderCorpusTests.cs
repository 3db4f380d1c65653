using System.Text;
using AcrTemplateLint.Bicep.Binding;
using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Tests.Bicep.Parsing;
using AcrTemplateLint.Tests.Support;

namespace AcrTemplateLint.Tests.Bicep.Binding;

/// <summary>
/// The binder over every valid Bicep file of the corpus: not a single binding diagnostic, except in the few files
/// that the real compiler rejects too, which known-binding-errors.tsv lists with the codes they must get.
/// </summary>
public sealed class BinderCorpusTests
{
    [TestCase("bicep-baselines")]
    [TestCase("bicep-user-submitted")]
    [TestCase("acr-real")]
    public void Valid_folder_binds_without_diagnostics(string folder)
    {
        var root = Repository.RequireCorpus(folder);
        var files = CorpusTests.BicepFiles(root);
        var known = KnownErrors();
        var unexpected = new List<Diagnostic>();
        var mismatched = new List<string>();
        foreach (var path in files)
        {
            var isParameterFile = path.EndsWith(".bicepparam", StringComparison.Ordinal);
            var parsed = Support.Bicep.Parse(Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(root, path))), isParameterFile, path);
            var diagnostics = Binder.Bind(parsed.File, parsed.Tree, isParameterFile).Diagnostics;
            if (known.TryGetValue($"{folder}/{path}", out var codes))
            {
                var actual = string.Join(",", diagnostics.Select(d => d.Code));
                if (actual != codes)
                {
                    mismatched.Add($"{path}: expected {codes}, got {actual}");
                }
            }
            else
            {
                unexpected.AddRange(diagnostics);
            }
        }

        TestContext.Out.WriteLine($"{folder}: {files.Count} files, {unexpected.Count} unexpected binding diagnostics");
        Assert.That(unexpected, Is.Empty, Support.Bicep.Render(unexpected.Take(40)));
        Assert.That(mismatched, Is.Empty);
    }

    private static Dictionary<string, string> KnownErrors() =>
        File.ReadAllLines(Path.Combine(Repository.Root, "tests", "AcrTemplateLint.Tests", "Bicep", "Binding", "known-binding-errors.tsv"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .ToDictionary(fields => fields[0], fields => fields[1]);
}
