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
            work.Push(new Frame(root));
            index[root] = low[root] = next++;
            stack.Push(root);
            onStack.Add(root);
            while (work.Count > 0)
            {
                var frame = work.Peek();
                var symbol = frame.Symbol;
                // Each symbol's edges are listed once, not on every return to it.
                if (!targets.TryGetValue(symbol, out var edges))
                {
                    targets[symbol] = edges = Targets(symbol);
                }

                if (frame.Edge < edges.Count)
                {
                    var target = edges[frame.Edge++];
                    if (!index.ContainsKey(target))
                    {
                        index[target] = low[target] = next++;
                        stack.Push(target);
                        onStack.Add(target);
                        work.Push(new Frame(target));
                    }
                    else if (onStack.Contains(target))
                    {
                        low[symbol] = Math.Min(low[symbol], index[target]);
                    }

                    continue;
                }

                work.Pop();
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

    /// <summary>A symbol on the depth-first path, and the next of its edges to follow (one frame per visit, not per edge).</summary>
    private sealed class Frame(Symbol symbol)
    {
        public Symbol Symbol { get; } = symbol;

        public int Edge { get; set; }
    }

    // The symbols a symbol refers to, each once, in the order of its first reference.
    private List<Symbol> Targets(Symbol symbol)
    {
        if (!references.TryGetValue(symbol, out var list))
        {
            return [];
        }

        var distinct = new List<Symbol>(list.Count);
        var seen = list.Count > 8 ? new HashSet<Symbol>() : null;
        foreach (var (target, _) in list)
        {
            if (seen?.Add(target) ?? !distinct.Contains(target))
            {
                distinct.Add(target);
            }
        }

        return distinct;
    }

    // One diagnostic per declaration in the cycle, at its first reference to another member of the cycle. Nearly
    // every component is one symbol that does not refer to itself: that is decided without building anything.
    private void ReportComponent(List<Symbol> component)
    {
        if (component.Count == 1 && !RefersToItself(component[0]))
        {
            return;
        }

        var members = component.ToHashSet();

        var path = component.AsEnumerable().Reverse().Select(s => s.Name).Append(component[^1].Name).ToList();
        foreach (var symbol in component)
        {
            var (_, at) = references[symbol].First(r => members.Contains(r.Target));
            diagnostics.Add(BindingDiagnostics.Cycle(at, symbol.Name, component.Count == 1 ? [symbol.Name, symbol.Name] : path));
        }
    }

    private bool RefersToItself(Symbol symbol)
    {
        if (references.TryGetValue(symbol, out var list))
        {
            foreach (var (target, _) in list)
            {
                if (target == symbol)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
