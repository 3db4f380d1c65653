using System.Collections.Immutable;
using System.Reflection;
using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Rules.Model;
using AcrTemplateLint.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace AcrTemplateLint.Rules.Loading;

/// <summary>
/// Loads rule files. A malformed file gives diagnostics at the YAML line and column and no rule; it never throws.
/// </summary>
public static class RuleLoader
{
    private const string ResourcePrefix = "rules/";

    /// <summary>The rules shipped inside the assembly, sorted by id.</summary>
    public static ImmutableArray<Rule> LoadBuiltIn(DiagnosticBag diagnostics)
    {
        var assembly = typeof(RuleLoader).Assembly;
        var files = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".yaml", StringComparison.Ordinal) && n.IndexOf('/', ResourcePrefix.Length) < 0)
            .Order(StringComparer.Ordinal)
            .Select(n => new SourceFile(n, n, ReadResource(assembly, n)));
        return LoadAll(files, diagnostics);
    }

    /// <summary>Every *.yaml file in a folder (--rules DIR).</summary>
    public static ImmutableArray<Rule> LoadDirectory(string directory, string displayRoot, DiagnosticBag diagnostics)
    {
        var files = Directory.EnumerateFiles(directory, "*.yaml", SearchOption.TopDirectoryOnly)
            .Order(StringComparer.Ordinal)
            .Select(path => new SourceFile(path, Path.GetRelativePath(displayRoot, path).Replace('\\', '/'), File.ReadAllText(path)));
        return LoadAll(files, diagnostics);
    }

    public static ImmutableArray<Rule> LoadAll(IEnumerable<SourceFile> files, DiagnosticBag diagnostics)
    {
        var rules = new Dictionary<string, Rule>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in files)
        {
            if (Load(file, diagnostics) is not { } rule)
            {
                continue;
            }

            if (rules.TryGetValue(rule.Id, out var first))
            {
                diagnostics.Add(RuleDiagnostics.DuplicateRule(new SourceLocation(file, new TextSpan(0, 0)), rule.Id, first.Source?.DisplayPath ?? "another file"));
                continue;
            }

            rules.Add(rule.Id, rule);
        }

        return [.. rules.Values.OrderBy(r => r.Id, StringComparer.Ordinal)];
    }

    public static Rule? Load(SourceFile file, DiagnosticBag diagnostics)
    {
        YamlStream stream;
        try
        {
            stream = [];
            stream.Load(new StringReader(file.Text));
        }
        catch (YamlException error)
        {
            diagnostics.Add(RuleDiagnostics.YamlSyntax(YamlNodes.Locate(file, error.Start, error.End), error.InnerException?.Message ?? error.Message));
            return null;
        }

        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            diagnostics.Add(RuleDiagnostics.WrongType(new SourceLocation(file, new TextSpan(0, 0)), "a rule file", "one YAML mapping"));
            return null;
        }

        var errorsBefore = diagnostics.Items.Count;
        var rule = new RuleReader(file, diagnostics).Read(root);
        return diagnostics.Items.Skip(errorsBefore).Any(d => d.Level == DiagnosticLevel.Error) ? null : rule;
    }

    private static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"Missing embedded resource {name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
