using AcrTemplateLint.Analysis;
using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Tests.Support;

namespace AcrTemplateLint.Tests.Arm;

/// <summary>
/// Real templates load without error diagnostics: every ARM template under corpus/arm-general (quickstarts, the ARM
/// docs samples, Bicep decompiler inputs) and every compiled main.json in the corpus, each with its parameter files.
/// The few corpus files that Azure Resource Manager itself would reject are listed with the reason, and must keep
/// failing exactly so, so the list cannot hide a regression.
/// </summary>
public sealed class CorpusLoadTests
{
    private static readonly (string Path, string Code, string Why)[] KnownInvalid =
    [
        ("arm-general/Azure__azure-docs-json-samples/application-insights/ServiceFabricCluster.json", "ATL2101",
            "a docs snippet with the placeholder \"[Application_Insights_Key]\", which is not a template expression"),
        ("arm-general/Azure__azure-quickstart-templates/quickstarts/microsoft.compute/vm-with-data-management-gateway/azuredeploy.parameters.json", "ATL2204",
            "the parameter file sets enableToSetDataStorePasswordsFromInternet, which the template does not declare"),
        ("arm-general/Azure__azure-quickstart-templates/quickstarts/microsoft.datafactory/mutiple-vms-with-data-management-gateway/azuredeploy.parameters.json", "ATL2204",
            "the parameter file sets enableToSetDataStorePasswordsFromInternet, which the template does not declare"),
        ("acr-real/Azure-Samples__get-started-with-ai-agents/infra/main.parameters.json", "ATL2204",
            "the parameter file still sets principalId, containerRegistryName and apiAppExists, which neither main.json nor main.bicep declares"),
        ("acr-real/Azure__AKS-Construction/samples/shared-acr/main.json", "ATL3004",
            "the embedded AKS module reads parameters('ebpfDataplane') on its default path but does not declare it"),
        ("bicep-baselines/Modules_CRLF/main.json", "ATL3003",
            "a compiler test that divides by zero (div(range(1, 2)[i], i) at i = 0); it is compiled, never deployed"),
        ("bicep-baselines/Resources_CRLF/main.json", "ATL3002",
            "a compiler fixture whose main.parameters.json passes cosmosDb: {}, while the template reads cosmosDb.account"),
        ("bicep-baselines/LoopsIndexed_LF/main.json", "ATL3003",
            "a compiler test that indexes past the end of an array (regions[index + i]); it is compiled, never deployed"),
    ];

    [Test]
    public void Every_arm_general_template_loads_without_errors() =>
        AssertLoadsCleanly([Repository.RequireCorpus("arm-general")], explicitFiles: false);

    [Test]
    public void Every_acr_real_template_loads_without_errors() =>
        AssertLoadsCleanly([Repository.RequireCorpus("acr-real")], explicitFiles: false);

    /// <summary>Each compiled main.json with the parameter files beside it (main.parameters*.json).</summary>
    [Test]
    public void Every_compiled_main_json_loads_without_errors()
    {
        var corpus = Repository.RequireCorpus();
        var templates = Directory.EnumerateFiles(corpus, "main.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var parameterFiles = templates.SelectMany(t => Directory.EnumerateFiles(Path.GetDirectoryName(t) ?? corpus, "main.parameters*.json"));
        AssertLoadsCleanly([.. templates, .. parameterFiles], explicitFiles: true);
    }

    private static void AssertLoadsCleanly(string[] paths, bool explicitFiles)
    {
        var corpus = Repository.RequireCorpus();
        var result = Analyzer.Analyze(new AnalysisOptions { Paths = [.. paths], Root = corpus, Rules = [] });
        var errors = result.Diagnostics.Where(d => d.Level == DiagnosticLevel.Error).ToList();

        foreach (var group in result.AnalyzedFiles.GroupBy(TopFolders).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            TestContext.Out.WriteLine($"{group.Count(),5} templates  {errors.Count(e => TopFolders(e.Path ?? "") == group.Key),3} errors  {group.Key}");
        }

        var unexpected = errors.Where(e => !KnownInvalid.Any(k => k.Path == e.Path && k.Code == e.Code)).Select(e => e.ToString()).ToList();
        var stale = KnownInvalid.Where(k => paths.Any(p => explicitFiles ? Path.GetRelativePath(corpus, p).Replace('\\', '/') == k.Path : k.Path.StartsWith(Path.GetRelativePath(corpus, p).Replace('\\', '/'), StringComparison.Ordinal)))
            .Where(k => !errors.Any(e => e.Path == k.Path && e.Code == k.Code))
            .Select(k => $"{k.Path} no longer reports {k.Code} ({k.Why})")
            .ToList();

        TestContext.Out.WriteLine($"{result.AnalyzedFiles.Length} templates, {errors.Count} error diagnostics, {errors.Count - unexpected.Count} of them in templates ARM rejects.");
        Assert.That(unexpected, Is.Empty, "error diagnostics on valid templates");
        Assert.That(stale, Is.Empty, "known-invalid corpus files that no longer fail as listed");
    }

    private static string TopFolders(string path) => string.Join('/', path.Split('/').Take(2));
}
