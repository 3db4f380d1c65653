using System.Text;
using AcrTemplateLint.Bicep.Loading;
using AcrTemplateLint.Bicep.Syntax;
using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Tests.Support;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Tests.Bicep.Parsing;

/// <summary>
/// The front end over every .bicep and .bicepparam file of the shared corpus: the valid folders parse without a
/// single syntax diagnostic, every file keeps the tree invariants, and every invalid file yields an error unless it
/// is listed (with the evidence) as valid on its own.
/// </summary>
public sealed class CorpusTests
{
    private const string ValidAloneList = "bicep-invalid-valid-alone.tsv";

    [TestCase("bicep-baselines")]
    [TestCase("bicep-user-submitted")]
    [TestCase("acr-real")]
    public void Valid_folder_parses_without_syntax_diagnostics(string folder)
    {
        var root = Repository.RequireCorpus(folder);
        var files = BicepFiles(root);
        var diagnostics = new List<Diagnostic>();
        var broken = new List<string>();
        foreach (var (path, parsed) in files.Select(path => (path, ParseFile(root, path))))
        {
            diagnostics.AddRange(parsed.Diagnostics);
            broken.AddRange(Support.Bicep.CheckInvariants(parsed.File, parsed.Tree).Select(problem => $"{path}: {problem}"));
        }

        TestContext.Out.WriteLine($"{folder}: {files.Count} files, {diagnostics.Count} syntax diagnostics");
        Assert.That(files, Is.Not.Empty);
        Assert.That(broken, Is.Empty, "tree invariants");
        Assert.That(diagnostics.Count, Is.Zero, Support.Bicep.Render(diagnostics.Take(20)));
    }

    /// <summary>
    /// Every file of bicep-invalid gets an error from the front end: the lexer and parser, the binder, or evaluating
    /// it (a .bicep file with its defaults; a .bicepparam file against the template its using names), unless it is
    /// listed as valid on its own (a module or target of an invalid file), with the evidence.
    /// </summary>
    [Test]
    public void Every_invalid_file_yields_an_error_unless_it_is_valid_on_its_own()
    {
        var root = Repository.RequireCorpus("bicep-invalid");
        var files = BicepFiles(root);
        var withoutDiagnostics = new List<string>();
        var broken = new List<string>();
        var cache = new BicepFileCache();
        var total = 0;
        foreach (var path in files)
        {
            var parsed = ParseFile(root, path);
            var errors = parsed.Diagnostics.Count + FrontEndErrors(root, path, cache);
            total += errors;
            if (errors == 0)
            {
                withoutDiagnostics.Add(path);
            }

            broken.AddRange(Support.Bicep.CheckInvariants(parsed.File, parsed.Tree).Select(problem => $"{path}: {problem}"));
        }

        var pending = ValidAlone();
        TestContext.Out.WriteLine($"bicep-invalid: {files.Count} files, {total} errors, {files.Count - withoutDiagnostics.Count} files with errors");
        TestContext.Out.WriteLine($"without errors ({withoutDiagnostics.Count}, all listed in {ValidAloneList} as valid on their own):");
        foreach (var path in withoutDiagnostics)
        {
            TestContext.Out.WriteLine($"  {path}");
        }

        Assert.That(broken, Is.Empty, "tree invariants");
        Assert.That(withoutDiagnostics.Except(pending.Keys), Is.Empty, $"files without errors that {ValidAloneList} does not explain");
        Assert.That(pending.Keys.Except(withoutDiagnostics), Is.Empty, $"entries of {ValidAloneList} that now get errors (remove them)");
        Assert.That(pending.Values, Has.All.Length.GreaterThan(20), "every entry needs a reason");
    }

    // The errors of binding and evaluating a file that parses: what the compiler reports beyond syntax.
    private static int FrontEndErrors(string root, string path, BicepFileCache cache)
    {
        var full = Path.Combine(root, path);
        var isParameterFile = path.EndsWith(".bicepparam", StringComparison.Ordinal);
        var policy = FileAccessPolicy.Within(root, allowOutsideRoot: false);
        var diagnostics = new DiagnosticBag();
        if (cache.Bicep(full, path, isParameterFile).Value is not { } file)
        {
            return 1;
        }

        diagnostics.AddRange(file.Model.Diagnostics);
        if (!isParameterFile)
        {
            BicepTemplateLoader.Load(file, null, diagnostics, cache, policy);
        }
        else if (BicepParameterFileReader.Read(file, cache, policy, diagnostics) is ({ } template, var parameters)
            && template.EndsWith(".bicep", StringComparison.Ordinal) && cache.Bicep(template, Path.GetRelativePath(root, template)).Value is { } target)
        {
            BicepParameterFileReader.Check(file, parameters, target, cache, policy, diagnostics);
        }

        return diagnostics.Items.Count(d => d.Level == DiagnosticLevel.Error);
    }

    internal static List<string> BicepFiles(string root) =>
        [.. Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(path => path.EndsWith(".bicep", StringComparison.Ordinal) || path.EndsWith(".bicepparam", StringComparison.Ordinal))
            .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];

    /// <summary>
    /// Parses the file's bytes decoded as UTF-8 with any byte order mark kept, and checks that the printed tree
    /// encodes back to exactly those bytes.
    /// </summary>
    private static Support.Bicep.Parsed ParseFile(string root, string path)
    {
        var bytes = File.ReadAllBytes(Path.Combine(root, path));
        var parsed = Support.Bicep.Parse(Encoding.UTF8.GetString(bytes), path.EndsWith(".bicepparam", StringComparison.Ordinal), path);
        Assert.That(Encoding.UTF8.GetBytes(SyntaxPrinter.Print(parsed.Tree)), Is.EqualTo(bytes), $"{path} does not print back byte for byte");
        return parsed;
    }

    private static Dictionary<string, string> ValidAlone() =>
        File.ReadAllLines(Path.Combine(Repository.Root, "tests", "AcrTemplateLint.Tests", "Bicep", "Parsing", ValidAloneList))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .ToDictionary(fields => fields[0], fields => fields.Length > 1 ? fields[1] : "");
}
