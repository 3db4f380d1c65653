using System.Text;
using AcrTemplateLint.Bicep.Syntax;
using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Tests.Support;

namespace AcrTemplateLint.Tests.Bicep.Parsing;

/// <summary>
/// The parser over every .bicep and .bicepparam file of the shared corpus: the valid folders parse without a single
/// syntax diagnostic, every file keeps the tree invariants, and every invalid file yields a diagnostic unless it is
/// listed (with the evidence) as syntactically valid and waiting for the binder.
/// </summary>
public sealed class CorpusTests
{
    private const string PendingBinderList = "bicep-invalid-pending-binder.tsv";

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

    [Test]
    public void Every_invalid_file_yields_a_diagnostic_unless_it_waits_for_the_binder()
    {
        var root = Repository.RequireCorpus("bicep-invalid");
        var files = BicepFiles(root);
        var withoutDiagnostics = new List<string>();
        var broken = new List<string>();
        var total = 0;
        foreach (var path in files)
        {
            var parsed = ParseFile(root, path);
            total += parsed.Diagnostics.Count;
            if (parsed.Diagnostics.Count == 0)
            {
                withoutDiagnostics.Add(path);
            }

            broken.AddRange(Support.Bicep.CheckInvariants(parsed.File, parsed.Tree).Select(problem => $"{path}: {problem}"));
        }

        var pending = PendingBinder();
        TestContext.Out.WriteLine($"bicep-invalid: {files.Count} files, {total} diagnostics, {files.Count - withoutDiagnostics.Count} files with diagnostics");
        TestContext.Out.WriteLine($"without diagnostics ({withoutDiagnostics.Count}, all listed in {PendingBinderList} as pending the binder):");
        foreach (var path in withoutDiagnostics)
        {
            TestContext.Out.WriteLine($"  {path}");
        }

        Assert.That(broken, Is.Empty, "tree invariants");
        Assert.That(withoutDiagnostics.Except(pending.Keys), Is.Empty, $"files without diagnostics that {PendingBinderList} does not explain");
        Assert.That(pending.Keys.Except(withoutDiagnostics), Is.Empty, $"entries of {PendingBinderList} that now get diagnostics (remove them)");
        Assert.That(pending.Values, Has.All.Length.GreaterThan(20), "every entry needs a reason");
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

    private static Dictionary<string, string> PendingBinder() =>
        File.ReadAllLines(Path.Combine(Repository.Root, "tests", "AcrTemplateLint.Tests", "Bicep", "Parsing", PendingBinderList))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .ToDictionary(fields => fields[0], fields => fields.Length > 1 ? fields[1] : "");
}
