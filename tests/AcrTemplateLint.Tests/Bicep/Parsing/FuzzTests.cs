using System.Diagnostics;
using System.Text;
using AcrTemplateLint.Tests.Support;

namespace AcrTemplateLint.Tests.Bicep.Parsing;

/// <summary>
/// Seeded mutation fuzzing over corpus files: truncation, character flips, deleted and duplicated lines, unbalanced
/// brackets and quotes, NUL, lone surrogates, byte order marks, mixed line endings and deep nesting. The parser must
/// never throw, keep the tree invariants, and finish each case quickly (a hang guard, not a benchmark).
/// </summary>
public sealed class FuzzTests
{
    /// <summary>CI runs a fixed seed; BICEP_FUZZ_SEED and BICEP_FUZZ_CASES run other or longer campaigns locally.</summary>
    private static readonly int Seed = int.TryParse(Environment.GetEnvironmentVariable("BICEP_FUZZ_SEED"), out var seed) ? seed : 4_2024;

    private static readonly int Cases = int.TryParse(Environment.GetEnvironmentVariable("BICEP_FUZZ_CASES"), out var cases) ? cases : 4000;
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(1);

    private static readonly string[] Palette =
    [
        "'", "\"", "{", "}", "[", "]", "(", ")", "$", "${", "'''", "\\", ":", "=", ",", ".", "?", "!", "|", "@", "#", "/", "*",
        "//", "/*", "*/", "\n", "\r", "\t", " ", "a", "1", "é", "😀", "\u2028", "=>", "...", "::", "#disable-next-line",
    ];

    [Test]
    public void Mutated_corpus_files_never_throw_and_keep_the_invariants()
    {
        var corpus = Repository.RequireCorpus();
        var files = new[] { "bicep-baselines", "bicep-user-submitted", "acr-real", "bicep-invalid" }
            .SelectMany(folder => CorpusTests.BicepFiles(Path.Combine(corpus, folder)).Select(path => Path.Combine(corpus, folder, path)))
            .Select(path => (Path: Path.GetRelativePath(corpus, path), Text: File.ReadAllText(path)))
            .ToList();
        var random = new Random(Seed);
        var failures = new List<string>();
        var slowest = TimeSpan.Zero;
        var withDiagnostics = 0;
        for (var i = 0; i < Cases; i++)
        {
            var (path, text) = files[random.Next(files.Count)];
            var applied = new List<string>();
            for (var m = random.Next(1, 4); m > 0; m--)
            {
                (text, var name) = Mutate(text, random);
                applied.Add(name);
            }

            var parameterFile = path.EndsWith(".bicepparam", StringComparison.Ordinal) ^ random.Next(10) == 0;
            var label = $"case {i}: {path} [{string.Join(", ", applied)}]{(parameterFile ? " as .bicepparam" : "")}";
            var stopwatch = Stopwatch.StartNew();
            Support.Bicep.Parsed parsed;
            try
            {
                parsed = Support.Bicep.Parse(text, parameterFile, path);
            }
            catch (Exception e)
            {
                failures.Add($"{label}: {e}");
                continue;
            }

            stopwatch.Stop();
            withDiagnostics += parsed.Diagnostics.Count > 0 ? 1 : 0;
            slowest = stopwatch.Elapsed > slowest ? stopwatch.Elapsed : slowest;
            if (stopwatch.Elapsed > HangGuard)
            {
                failures.Add($"{label}: took {stopwatch.Elapsed.TotalMilliseconds:F0} ms");
            }

            failures.AddRange(Support.Bicep.CheckInvariants(parsed.File, parsed.Tree).Select(problem => $"{label}: {problem}"));
        }

        TestContext.Out.WriteLine(
            $"{Cases} fuzz cases over {files.Count} files (seed {Seed}), {withDiagnostics} with diagnostics; slowest parse {slowest.TotalMilliseconds:F1} ms");
        Assert.That(failures, Is.Empty);
    }

    private static (string Text, string Name) Mutate(string text, Random random)
    {
        var at = random.Next(text.Length + 1);
        switch (random.Next(12))
        {
            case 0:
                return (text[..at], $"truncate@{at}");
            case 1:
                return at < text.Length
                    ? (text[..at] + Pick(random) + text[(at + 1)..], $"flip@{at}")
                    : (text + Pick(random), "append");
            case 2:
                return EditLine(text, random, duplicate: false);
            case 3:
                return EditLine(text, random, duplicate: true);
            case 4:
                var bracket = new[] { "(", "[", "{", "'", "'''", "${", ")", "]", "}", "\"", "$'''" }[random.Next(11)];
                return (text.Insert(at, bracket), $"insert {bracket}@{at}");
            case 5:
                return (text.Insert(at, "\0"), $"NUL@{at}");
            case 6:
                return (text.Insert(at, random.Next(2) == 0 ? "\uD800" : "\uDC00"), $"lone surrogate@{at}");
            case 7:
                return random.Next(2) == 0 ? ("\uFEFF" + text, "BOM") : (text.Insert(at, "\uFEFF"), $"BOM@{at}");
            case 8:
                return (MixLineEndings(text, random), "line endings");
            case 9:
                var length = Math.Min(random.Next(1, 80), text.Length - at);
                return (text.Remove(at, length), $"delete {length}@{at}");
            case 10:
                var run = new StringBuilder();
                for (var i = random.Next(1, 12); i > 0; i--)
                {
                    run.Append(Pick(random));
                }

                return (text.Insert(at, run.ToString()), $"insert run@{at}");
            default:
                var opener = new[] { "(", "[", "{", "'${", "!", "-", "[for x in " }[random.Next(7)];
                var depth = random.Next(50, 400);
                return (text.Insert(at, string.Concat(Enumerable.Repeat(opener, depth))), $"nest {depth}x{opener.Trim()}@{at}");
        }
    }

    private static string Pick(Random random) => Palette[random.Next(Palette.Length)];

    private static (string Text, string Name) EditLine(string text, Random random, bool duplicate)
    {
        var lines = text.Split('\n').ToList();
        var index = random.Next(lines.Count);
        if (duplicate)
        {
            lines.Insert(index, lines[index]);
        }
        else
        {
            lines.RemoveAt(index);
        }

        return (string.Join('\n', lines), $"{(duplicate ? "duplicate" : "delete")} line {index + 1}");
    }

    private static string MixLineEndings(string text, Random random)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var line in text.ReplaceLineEndings("\n").Split('\n'))
        {
            builder.Append(line).Append(new[] { "\n", "\r\n", "\r" }[random.Next(3)]);
        }

        return builder.ToString();
    }
}
