using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Evaluation.Values;
using AcrTemplateLint.Graph;

namespace AcrTemplateLint.Suppressions;

/// <summary>
/// Reads suppressions from ARM resource metadata, which the deployment ignores:
/// "metadata": { "acrlint": { "suppress": [ { "id": "ACR003", "justification": "…" }, "ACR005: reason" ] } }.
/// </summary>
public static class ArmSuppressions
{
    public static IEnumerable<SuppressionDirective> Collect(ResourceGraph graph, DiagnosticBag diagnostics)
    {
        foreach (var resource in graph.Resources.Where(r => !r.IsExisting))
        {
            if ((resource.Body["metadata"] as ObjectValue)?["acrlint"] is not ObjectValue acrlint || acrlint["suppress"] is not ArrayValue entries)
            {
                continue;
            }

            foreach (var entry in entries.Items)
            {
                if (Parse(entry) is not { } parsed || entry.Origin is not { } location)
                {
                    continue;
                }

                var (id, justification) = parsed;
                if (justification.Length == 0)
                {
                    diagnostics.Add(SuppressionDiagnostics.NoJustification(location, id));
                }

                yield return new SuppressionDirective(id, justification, location) { ResourceIdentity = resource.Identity };
            }
        }
    }

    private static (string Id, string Justification)? Parse(Value entry) => entry switch
    {
        ObjectValue o when o["id"] is StringValue id => (id.Value.Trim(), (o["justification"] as StringValue)?.Value.Trim() ?? ""),
        StringValue s when s.Value.Split(':', 2) is [var id, var reason] => (id.Trim(), reason.Trim()),
        StringValue s => (s.Value.Trim(), ""),
        _ => null,
    };
}
