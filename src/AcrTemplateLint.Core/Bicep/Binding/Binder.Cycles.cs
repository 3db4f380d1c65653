namespace AcrTemplateLint.Bicep.Binding;

/// <summary>Declarations that depend on themselves, directly or through others (var a = b; var b = a).</summary>
public sealed partial class Binder
{
    // Strongly connected components (Tarjan), iterative so that long chains of declarations cannot exhaust the stack.
    private void ReportCycles()
    {
        var index = new Dictionary<Symbol, int>();
        var low = new Dictionary<Symbol, int>();
        var onStack = new HashSet<Symbol>();
        var stack = new Stack<Symbol>();
        var targets = new Dictionary<Symbol, List<Symbol>>();
        var next = 0;
        foreach (var root in references.Keys.ToList())
        {
            if (index.ContainsKey(root))
            {
                continue;
            }

            var work = new Stack<Frame>();
            work.Push(new Frame(root, 0));
            index[root] = low[root] = next++;
            stack.Push(root);
            onStack.Add(root);
            while (work.Count > 0)
            {
                var (symbol, edge) = work.Pop();
                // Each symbol's edges are listed once, not on every return to it.
                if (!targets.TryGetValue(symbol, out var edges))
                {
                    targets[symbol] = edges = Targets(symbol);
                }

                if (edge < edges.Count)
                {
                    work.Push(new Frame(symbol, edge + 1));
                    var target = edges[edge];
                    if (!index.ContainsKey(target))
                    {
                        index[target] = low[target] = next++;
                        stack.Push(target);
                        onStack.Add(target);
                        work.Push(new Frame(target, 0));
                    }
                    else if (onStack.Contains(target))
                    {
                        low[symbol] = Math.Min(low[symbol], index[target]);
                    }

                    continue;
                }

                if (work.Count > 0)
                {
                    var caller = work.Peek().Symbol;
                    low[caller] = Math.Min(low[caller], low[symbol]);
                }

                if (low[symbol] == index[symbol])
                {
                    var component = new List<Symbol>();
                    Symbol member;
                    do
                    {
                        member = stack.Pop();
                        onStack.Remove(member);
                        component.Add(member);
                    }
                    while (member != symbol);

                    ReportComponent(component);
                }
            }
        }
    }

    /// <summary>A symbol on the depth-first path, and the next of its edges to follow.</summary>
    private sealed record Frame(Symbol Symbol, int Edge);

    private List<Symbol> Targets(Symbol symbol) =>
        references.TryGetValue(symbol, out var list) ? [.. list.Select(r => r.Target).Distinct()] : [];

    // One diagnostic per declaration in the cycle, at its first reference to another member of the cycle.
    private void ReportComponent(List<Symbol> component)
    {
        var members = component.ToHashSet();
        if (component.Count == 1 && !Targets(component[0]).Contains(component[0]))
        {
            return;
        }

        var path = component.AsEnumerable().Reverse().Select(s => s.Name).Append(component[^1].Name).ToList();
        foreach (var symbol in component)
        {
            var (_, at) = references[symbol].First(r => members.Contains(r.Target));
            diagnostics.Add(BindingDiagnostics.Cycle(at, symbol.Name, component.Count == 1 ? [symbol.Name, symbol.Name] : path));
        }
    }
}
