using System.Text.Json.Nodes;
using AcrTemplateLint.Analysis;
using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Rules.Policy;
using AcrTemplateLint.Tests.Support;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Tests.Robustness;

/// <summary>
/// Mutated Azure Policy definitions: byte mutations (Mutator) and structural ones (a value of the wrong kind, a
/// removed key, an expression that does not parse). Loading never throws, and whatever loads runs on the samples
/// without an internal error. Prints what the mutations produced.
/// </summary>
public sealed class PolicyFuzzTests
{
    private const int Cases = 300;
    private const int Seed = 20261123;

    private static readonly Func<JsonNode?>[] Replacements =
    [
        () => 42, () => "[", () => "[parameters('nope')]", () => "[concat(", () => new JsonObject(), () => new JsonArray(), () => null, () => true,
        () => "Microsoft.ContainerRegistry/registries/", () => new JsonArray("a", 1, null),
    ];

    [Test]
    public void Mutated_policies_never_throw_and_what_loads_runs()
    {
        var files = Directory.GetFiles(PolicyCorpus.Folder, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var random = new Random(Seed);
        var outcomes = new Dictionary<string, int>();
        for (var i = 0; i < Cases; i++)
        {
            var source = files[random.Next(files.Count)];
            var structural = i % 2 == 0;
            var text = structural
                ? Restructure(File.ReadAllText(source), random)
                : System.Text.Encoding.UTF8.GetString(Mutator.Mutate(File.ReadAllBytes(source), Mutator.Kinds[i % Mutator.Kinds.Length], random));
            var diagnostics = new DiagnosticBag();

            var rules = PolicyLoader.LoadFiles([new PolicyFile(new SourceFile("/p/case.json", $"case{i}.json", text), true)], PolicyAssignments.None, diagnostics);

            if (!rules.IsEmpty)
            {
                var result = Analyzer.Analyze(new AnalysisOptions { Paths = [Repository.Samples], Root = Repository.Root, Rules = rules, Parallelism = 1 });
                Assert.That(result.Diagnostics.Where(d => d.Code == AnalysisDiagnostics.InternalErrorCode), Is.Empty, $"case {i} ({source}, seed {Seed})");
            }

            var outcome = $"{(structural ? "structural" : "bytes")}: {(rules.IsEmpty ? diagnostics.Items.FirstOrDefault()?.Code ?? "skipped" : "loaded")}";
            outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
            Assert.That(rules.IsEmpty || !diagnostics.HasErrors, Is.True, $"case {i}: a policy with errors must not load: {string.Join("; ", diagnostics.Items)}\n{text}");
        }

        TestContext.Out.WriteLine($"policy fuzz: {Cases} cases over {files.Count} corpus files, seed {Seed}");
        foreach (var (outcome, count) in outcomes.OrderBy(o => o.Key, StringComparer.Ordinal))
        {
            TestContext.Out.WriteLine($"  {outcome}: {count}");
        }
    }

    // Replaces one value inside properties.policyRule (or properties) with one of another kind, or removes a key.
    private static string Restructure(string json, Random random)
    {
        var root = JsonNode.Parse(json)!;
        var scope = root["properties"]?["policyRule"] ?? root["properties"] ?? root;
        var nodes = Descendants(scope).Where(n => n.Parent is not null).ToList();
        var target = nodes[random.Next(nodes.Count)];
        switch (target.Parent)
        {
            case JsonObject parent when random.Next(3) == 0:
                parent.Remove(target.GetPropertyName());
                break;
            case JsonObject parent:
                parent[target.GetPropertyName()] = Replacements[random.Next(Replacements.Length)]();
                break;
            case JsonArray array:
                array[target.GetElementIndex()] = Replacements[random.Next(Replacements.Length)]();
                break;
        }

        return root.ToJsonString();
    }

    private static IEnumerable<JsonNode> Descendants(JsonNode node) => node switch
    {
        JsonObject obj => obj.Select(p => p.Value).OfType<JsonNode>().SelectMany(Descendants).Prepend(node),
        JsonArray array => array.OfType<JsonNode>().SelectMany(Descendants).Prepend(node),
        _ => [node],
    };
}
