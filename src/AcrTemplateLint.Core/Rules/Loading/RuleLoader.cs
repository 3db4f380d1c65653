using System.Collections.Immutable;
using System.Reflection;
using AcrTemplateLint.Arm.Json;
using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Rules.Model;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Rules.Loading;

/// <summary>
/// Loads rule files. A malformed file gives diagnostics at its line and column and no rule; it never throws.
/// The built-in rules ship as one JSON bundle generated from rules/*.yaml (without their test cases), so that start-up
/// does not pay for the YAML parser.
/// </summary>
public static class RuleLoader
{
    public const string BundleResource = "rules/builtin-rules.json";

    /// <summary>The rules shipped inside the assembly, sorted by id.</summary>
    public static ImmutableArray<Rule> LoadBuiltIn(DiagnosticBag diagnostics)
    {
        var file = new SourceFile(BundleResource, BundleResource, ReadResource(typeof(RuleLoader).Assembly, BundleResource));
        if (JsonParser.Parse(file, diagnostics) is not JsonArray bundle)
        {
            return [];
        }

        return Collect(bundle.Items.Select(item => new RuleDocument(file, JsonDocuments.Convert(file, item))), diagnostics);
    }

    /// <summary>Every *.yaml file in a folder (--rules DIR).</summary>
    public static ImmutableArray<Rule> LoadDirectory(string directory, string displayRoot, DiagnosticBag diagnostics)
    {
        var files = new List<SourceFile>();
        foreach (var path in Directory.EnumerateFiles(directory, "*.yaml", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal))
        {
            if (Analysis.Discovery.Read(path, Path.GetRelativePath(displayRoot, path).Replace('\\', '/'), diagnostics) is { } file)
            {
                files.Add(file);
            }
        }

        return LoadAll(files, diagnostics);
    }

    public static ImmutableArray<Rule> LoadAll(IEnumerable<SourceFile> files, DiagnosticBag diagnostics) =>
        Collect(files.Select(file => new RuleDocument(file, Parse(file, diagnostics))), diagnostics);

    public static Rule? Load(SourceFile file, DiagnosticBag diagnostics) => Read(file, Parse(file, diagnostics), diagnostics);

    private static DocumentNode? Parse(SourceFile file, DiagnosticBag diagnostics)
    {
        var before = diagnostics.Items.Count;
        var root = YamlDocuments.Parse(file, diagnostics, RuleDiagnostics.YamlSyntax);
        if (root is null && diagnostics.Items.Count == before)
        {
            diagnostics.Add(RuleDiagnostics.WrongType(new SourceLocation(file, new TextSpan(0, 0)), "a rule file", "one YAML mapping"));
        }

        return root;
    }

    private static ImmutableArray<Rule> Collect(IEnumerable<RuleDocument> documents, DiagnosticBag diagnostics)
    {
        var rules = new Dictionary<string, Rule>(StringComparer.OrdinalIgnoreCase);
        foreach (var (file, root) in documents)
        {
            if (Read(file, root, diagnostics) is not { } rule)
            {
                continue;
            }

            if (rules.TryGetValue(rule.Id, out var first))
            {
                diagnostics.Add(RuleDiagnostics.DuplicateRule(root?.Location ?? new SourceLocation(file, new TextSpan(0, 0)), rule.Id, first.Source?.DisplayPath ?? "another file"));
                continue;
            }

            rules.Add(rule.Id, rule);
        }

        // List.Sort rather than OrderBy, whose index map is generic code compiled at start-up; the ids are unique.
        var sorted = rules.Values.ToList();
        sorted.Sort(static (a, b) => string.CompareOrdinal(a.Id, b.Id));
        return [.. sorted];
    }

    /// <summary>A rule file and its parsed document; null when it did not parse.</summary>
    private sealed record RuleDocument(SourceFile File, DocumentNode? Root);

    private static Rule? Read(SourceFile file, DocumentNode? root, DiagnosticBag diagnostics)
    {
        if (root is null)
        {
            return null;
        }

        if (root is not DocumentMapping mapping)
        {
            diagnostics.Add(RuleDiagnostics.WrongType(root.Location, "a rule file", "one mapping"));
            return null;
        }

        var errorsBefore = diagnostics.Items.Count;
        var rule = new RuleReader(file, diagnostics).Read(mapping);
        return diagnostics.Items.Skip(errorsBefore).Any(d => d.Level == DiagnosticLevel.Error) ? null : rule;
    }

    private static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"Missing embedded resource {name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
