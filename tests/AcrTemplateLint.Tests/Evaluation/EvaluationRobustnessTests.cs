using System.Text;
using AcrTemplateLint.Analysis;
using AcrTemplateLint.Evaluation.Functions;
using AcrTemplateLint.Tests.Support;

namespace AcrTemplateLint.Tests.Evaluation;

/// <summary>
/// Bad input never throws: random expressions over every function (with arguments of every kind, Unknowns and
/// lambdas included) and damaged real templates evaluate to values and diagnostics, never to an exception.
/// The random sources are seeded, so a failure reproduces.
/// </summary>
public sealed class EvaluationRobustnessTests
{
    private const string Template = """
        {
          "parameters": { "unknown": { "type": "string" }, "limited": { "type": "string", "allowedValues": [ "a", "B" ] },
                          "list": { "type": "array", "defaultValue": [ 1, "two", { "three": 3 } ] } },
          "variables": { "obj": { "a": { "b": [ 1, 2 ] }, "c": null }, "self": "[variables('self')]" },
          "functions": [ { "namespace": "ns", "members": { "f": { "parameters": [ { "name": "x", "type": "string" } ], "output": { "type": "string", "value": "[ns.f(parameters('x'))]" } } } } ]
        }
        """;

    private static readonly string[] Atoms =
    [
        "1", "-1", "0", "9223372036854775807", "'text'", "''", "'a/b'", "'{0}'", "'[1, 2'", "parameters('unknown')", "parameters('limited')",
        "parameters('list')", "parameters('missing')", "variables('obj')", "variables('self')", "variables('obj').a.b[1]", "null()", "true()",
        "createArray()", "createObject()", "resourceGroup()", "resourceId('Microsoft.Storage/storageAccounts', parameters('unknown'))",
        "lambda('x', lambdaVariables('x'))", "lambda('a', 'b', less(lambdaVariables('a'), lambdaVariables('b')))", "lambdaVariables('nope')",
        "ns.f('x')", "json('{\"k\": [1]}')",
    ];

    [Test]
    public void Random_expressions_over_every_function_never_throw()
    {
        var functions = FunctionLibrary.Default.Names.ToArray();
        var random = new Random(20240611);
        for (var i = 0; i < 3000; i++)
        {
            var expression = Generate(random, functions, depth: 0);
            Assert.DoesNotThrow(() => ArmTemplates.Evaluate(expression, Template), expression);
        }
    }

    [Test]
    public void Damaged_corpus_templates_give_diagnostics_not_faults()
    {
        var corpus = Repository.RequireCorpus();
        var random = new Random(7);
        var samples = new[]
        {
            "acr-real/Azure__bicep-registry-modules/avm/ptn/azd/acr-container-app/main.json",
            "arm-general/Azure__azure-docs-json-samples/linked-template-relpath/mainTemplate.json",
            "bicep-baselines/Lambdas_LF/main.json",
        };
        using var folder = new TempDirectory();
        foreach (var sample in samples)
        {
            var text = File.ReadAllText(Path.Combine(corpus, sample));
            for (var i = 0; i < 10; i++)
            {
                folder.Write($"damaged{i}.json", Damage(text, random));
            }

            var result = Analyzer.Analyze(new AnalysisOptions { Paths = [folder.Path], Root = folder.Path, Rules = [] });

            Assert.That(result.Diagnostics.Where(d => d.Code == AnalysisDiagnostics.InternalErrorCode).Select(d => d.ToString()), Is.Empty, sample);
        }
    }

    private static string Generate(Random random, string[] functions, int depth)
    {
        if (depth > 3 || random.Next(3) == 0)
        {
            return Atoms[random.Next(Atoms.Length)];
        }

        var name = functions[random.Next(functions.Length)];
        var arguments = Enumerable.Range(0, random.Next(4)).Select(_ => Generate(random, functions, depth + 1));
        var call = $"{name}({string.Join(", ", arguments)})";
        return random.Next(4) switch
        {
            0 => $"{call}.prop",
            1 => $"{call}[{random.Next(-1, 3)}]",
            _ => call,
        };
    }

    // Deletes, duplicates and swaps a few characters: the kind of damage a bad merge or a half-saved file leaves.
    private static string Damage(string text, Random random)
    {
        var builder = new StringBuilder(text);
        for (var i = 0; i < 3; i++)
        {
            var at = random.Next(builder.Length);
            switch (random.Next(3))
            {
                case 0:
                    builder.Remove(at, Math.Min(random.Next(1, 40), builder.Length - at));
                    break;
                case 1:
                    builder.Insert(at, builder[at]);
                    break;
                default:
                    builder[at] = "{}[]\"',:()"[random.Next(10)];
                    break;
            }
        }

        return builder.ToString();
    }
}
