using System.Reflection;
using System.Text.RegularExpressions;
using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Tests.Support;

namespace AcrTemplateLint.Tests.Diagnostics;

/// <summary>Every diagnostic code is unique, well-formed, and documented in docs/diagnostics.md.</summary>
public sealed class DiagnosticCatalogueTests
{
    private static IEnumerable<string> Codes() =>
        typeof(Diagnostic).Assembly.GetTypes()
            .Where(t => t.Name.EndsWith("Diagnostics", StringComparison.Ordinal))
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.IsLiteral && f.Name.EndsWith("Code", StringComparison.Ordinal))
            .Select(f => (string)f.GetRawConstantValue()!);

    [Test]
    public void Codes_are_unique_and_well_formed()
    {
        var codes = Codes().ToList();

        Assert.That(codes, Is.Not.Empty);
        Assert.That(codes, Is.Unique);
        Assert.That(codes, Has.All.Matches<string>(c => Regex.IsMatch(c, "^ATL[1-5][0-9]{3}$")));
    }

    [Test]
    public void Every_code_is_documented_and_every_documented_code_exists()
    {
        var documented = Regex.Matches(File.ReadAllText(Path.Combine(Repository.Root, "docs", "diagnostics.md")), @"^\| (ATL\d{4}) \|", RegexOptions.Multiline)
            .Select(m => m.Groups[1].Value)
            .ToHashSet();

        Assert.That(Codes().Where(c => !documented.Contains(c)), Is.Empty, "codes missing from docs/diagnostics.md");
        Assert.That(documented.Where(c => !Codes().Contains(c)), Is.Empty, "documented codes that do not exist");
    }
}
