using System.Collections.Immutable;
using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Rules.Model;
using AcrTemplateLint.Rules.Policy;

namespace AcrTemplateLint.Tests.Support;

/// <summary>The built-in Azure Policy definitions of ../shared/corpus/azure-policy, loaded once as rules.</summary>
public static class PolicyCorpus
{
    private static readonly Lazy<(ImmutableArray<Rule> Rules, IReadOnlyList<Diagnostic> Diagnostics)> Loaded = new(() =>
    {
        var diagnostics = new DiagnosticBag();
        var rules = PolicyLoader.Load([Folder], [], Repository.Root, diagnostics);
        return (rules, diagnostics.Items);
    });

    /// <summary>The corpus folder; skips the calling test when it is absent.</summary>
    public static string Folder => Repository.RequireCorpus("azure-policy");

    public static ImmutableArray<Rule> Rules => Loaded.Value.Rules;

    public static IReadOnlyList<Diagnostic> Diagnostics => Loaded.Value.Diagnostics;

    /// <summary>The rule imported from the definition whose name (GUID) starts with <paramref name="prefix"/>.</summary>
    public static Rule Definition(string prefix) =>
        Rules.Single(r => r.PolicyId!.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));
}
