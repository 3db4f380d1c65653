using AcrTemplateLint.Tests.Support;

namespace AcrTemplateLint.Tests.Reporting;

/// <summary>
/// The reports for samples/ as a user sees them, compared with checked-in golden files (UPDATE_GOLDEN=1 rewrites).
/// </summary>
public sealed class SampleGoldenTests
{
    [TestCase("text", "samples.txt")]
    [TestCase("sarif", "samples.sarif")]
    [TestCase("json", "samples.json")]
    public void Samples_report(string format, string golden)
    {
        var result = AcrLint.Run(Repository.Samples, "--root", Repository.Root, "--format", format);

        Assert.That(result.ExitCode, Is.EqualTo(1), result.Error);
        Golden.AssertMatches(result.Out, golden);
    }
}
