using System.Text;
using AcrTemplateLint.Arm;
using AcrTemplateLint.Arm.Json;
using AcrTemplateLint.Bicep.Loading;
using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Text;
using AcrTemplateLint.Tests.Support;

namespace AcrTemplateLint.Tests.Bicep;

/// <summary>
/// The Bicep front end against the real compiler: for every .bicep file in the corpus that has the JSON the
/// compiler produced from it (MANIFEST.tsv, has_compiled_pair=yes), the graph of the .bicep file and the graph of
/// the JSON must be the same (see <see cref="GraphComparer"/>), with no parameter files on either side. A pair may
/// be excluded only in conformance-exclusions.tsv, with the reason; an exclusion that is no longer needed fails.
/// </summary>
public sealed class ConformanceTests
{
    private const string ExclusionList = "conformance-exclusions.tsv";

    [Test]
    public void Every_compiled_pair_gives_the_same_graph()
    {
        var corpus = Repository.RequireCorpus();
        var exclusions = Exclusions();
        var cache = new BicepFileCache();
        var pairs = Pairs(corpus).ToList();
        var identical = 0;
        var failures = new List<string>();
        var unknownButKnown = new List<string>();
        var stale = new List<string>();
        var (matched, compared) = (0, 0);
        foreach (var (bicepPath, jsonPath) in pairs)
        {
            var comparison = ComparePair(corpus, bicepPath, jsonPath, cache);
            (matched, compared) = (matched + comparison.Matched, compared + comparison.Compared);
            var excluded = exclusions.ContainsKey($"{bicepPath}\t{jsonPath}");
            var same = comparison.Differences.Count == 0;
            if (same)
            {
                identical++;
            }

            if (excluded)
            {
                if (same && comparison.UnknownButKnown.Count == 0)
                {
                    stale.Add($"{bicepPath} -> {jsonPath}");
                }

                continue;
            }

            if (!same)
            {
                failures.Add($"{bicepPath} -> {jsonPath}: {comparison.Differences[0]}{(comparison.Differences.Count > 1 ? $" (and {comparison.Differences.Count - 1} more)" : "")}");
            }

            unknownButKnown.AddRange(comparison.UnknownButKnown.Select(u => $"{bicepPath}: {u}"));
        }

        var included = pairs.Count - exclusions.Count;
        TestContext.Out.WriteLine($"bicep-conformance: {identical}/{pairs.Count} pairs identical");
        TestContext.Out.WriteLine($"bicep-conformance: {included - failures.Count}/{included} pairs identical outside the {exclusions.Count} excluded with a reason in {ExclusionList}");
        TestContext.Out.WriteLine($"bicep-conformance: {unknownButKnown.Count} values Unknown in the Bicep graph but known in the compiled JSON");
        TestContext.Out.WriteLine($"bicep-conformance: {matched} resources matched, {compared} values compared where both sides know them");
        foreach (var failure in failures)
        {
            TestContext.Out.WriteLine($"  FAIL {failure}");
        }

        foreach (var unknown in unknownButKnown.Take(50))
        {
            TestContext.Out.WriteLine($"  UNKNOWN {unknown}");
        }

        Assert.That(pairs, Has.Count.GreaterThan(100), "the corpus should hold hundreds of compiled pairs");
        Assert.That(failures, Is.Empty, "pairs whose graphs differ");
        Assert.That(unknownButKnown, Is.Empty, "values the compiled JSON knows but the Bicep graph does not");
        Assert.That(stale, Is.Empty, $"pairs excluded in {ExclusionList} that are now identical (remove them)");
        Assert.That(exclusions.Values, Has.All.Length.GreaterThan(20), "every exclusion needs a reason");
    }

    /// <summary>Every difference of the pairs whose path contains CONFORMANCE_PAIR, for investigating one pair.</summary>
    [Test]
    [Explicit("a tool for investigating differences: CONFORMANCE_PAIR=part-of-a-path dotnet test --filter Differences_of_one_pair")]
    public void Differences_of_one_pair()
    {
        var corpus = Repository.RequireCorpus();
        var filter = Environment.GetEnvironmentVariable("CONFORMANCE_PAIR") ?? "";
        var cache = new BicepFileCache();
        foreach (var (bicepPath, jsonPath) in Pairs(corpus).Where(p => p.Bicep.Contains(filter, StringComparison.Ordinal)))
        {
            var comparison = ComparePair(corpus, bicepPath, jsonPath, cache);
            TestContext.Out.WriteLine($"{bicepPath} -> {jsonPath}: {comparison.Differences.Count} differences, {comparison.UnknownButKnown.Count} unknown but known");
            foreach (var line in comparison.Differences.Concat(comparison.UnknownButKnown))
            {
                TestContext.Out.WriteLine($"  {line}");
            }
        }
    }

    /// <summary>Compares one pair.</summary>
    internal static GraphComparer ComparePair(string corpus, string bicepPath, string jsonPath, BicepFileCache cache)
    {
        var bicepFull = Path.Combine(corpus, bicepPath);
        var diagnostics = new DiagnosticBag();
        var loaded = cache.Bicep(bicepFull, bicepPath);
        Assert.That(loaded.Value, Is.Not.Null, $"{bicepPath}: {loaded.Error}");
        var bicepGraph = loaded.Value is { } file ? BicepTemplateLoader.Load(file, null, diagnostics, cache) : throw new InvalidOperationException();

        var jsonFull = Path.Combine(corpus, jsonPath);
        var source = new SourceFile(jsonFull, jsonPath, File.ReadAllText(jsonFull));
        var root = JsonParser.Parse(source, diagnostics) as JsonObject ?? throw new InvalidOperationException($"{jsonPath} is not a JSON object");
        var jsonGraph = ArmTemplateLoader.Load(source, root, null, diagnostics);
        var symbolic = root["languageVersion"] is JsonString { Value: var version } && version.StartsWith('2');
        return GraphComparer.Compare(bicepGraph, jsonGraph, symbolic);
    }

    /// <summary>(bicep, json) for every compiled JSON of every .bicep file with has_compiled_pair=yes.</summary>
    internal static IEnumerable<(string Bicep, string Json)> Pairs(string corpus) =>
        File.ReadLines(Path.Combine(corpus, "MANIFEST.tsv"))
            .Skip(1)
            .Select(line => line.Split('\t'))
            .Where(fields => fields.Length > 5 && fields[1] == "bicep" && fields[3] == "yes")
            .SelectMany(fields => fields[5].Split(',', StringSplitOptions.RemoveEmptyEntries).Select(json => (fields[0], json)))
            .OrderBy(pair => pair.Item1, StringComparer.Ordinal)
            .ThenBy(pair => pair.json, StringComparer.Ordinal);

    private static Dictionary<string, string> Exclusions() =>
        File.ReadAllLines(Path.Combine(Repository.Root, "tests", "AcrTemplateLint.Tests", "Bicep", ExclusionList), Encoding.UTF8)
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .ToDictionary(fields => $"{fields[0]}\t{fields[1]}", fields => fields.Length > 2 ? fields[2] : "");
}
