using System.Runtime.CompilerServices;

namespace AcrTemplateLint.Tests.Support;

/// <summary>
/// Golden-file assertions. Expected files live in the test project's Golden/ folder; running the tests with
/// UPDATE_GOLDEN=1 rewrites them from the actual output (review the diff before committing).
/// </summary>
public static class Golden
{
    public static bool Updating => Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1";

    public static void AssertMatches(string actual, string goldenName, [CallerFilePath] string callerPath = "")
    {
        var path = Path.Combine(ProjectDirectory(callerPath), "Golden", goldenName);
        actual = actual.ReplaceLineEndings("\n");
        if (Updating)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }

        Assert.That(File.Exists(path), Is.True, $"Golden file {path} is missing; run the tests with UPDATE_GOLDEN=1 to create it.");
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (expected != actual)
        {
            Assert.Fail($"Output differs from {goldenName} (UPDATE_GOLDEN=1 rewrites it).\n{FirstDifference(expected, actual)}");
        }
    }

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var el = i < e.Length ? e[i] : "<end>";
            var al = i < a.Length ? a[i] : "<end>";
            if (el != al)
            {
                return $"line {i + 1}:\n  expected: {el}\n  actual:   {al}";
            }
        }

        return "";
    }

    private static string ProjectDirectory(string callerPath)
    {
        var directory = Path.GetDirectoryName(callerPath);
        while (directory is not null && !File.Exists(Path.Combine(directory, "AcrTemplateLint.Tests.csproj")))
        {
            directory = Path.GetDirectoryName(directory);
        }

        return directory ?? throw new InvalidOperationException("Cannot find the test project directory.");
    }
}
