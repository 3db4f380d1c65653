namespace AcrTemplateLint.Diagnostics;

/// <summary>
/// Collects the diagnostics of one unit of work. Not thread-safe: each file gets its own. A bag with a limit keeps
/// the first <c>limit</c> diagnostics and counts the rest (<see cref="Omitted"/>): a file of garbage can have an
/// error on every line, and millions of them would help nobody and exhaust memory.
/// </summary>
public sealed class DiagnosticBag(int limit = int.MaxValue)
{
    private readonly List<Diagnostic> items = [];

    public IReadOnlyList<Diagnostic> Items => items;

    public bool HasErrors => items.Exists(d => d.Level == DiagnosticLevel.Error);

    /// <summary>How many diagnostics were added beyond the limit and not kept.</summary>
    public int Omitted { get; private set; }

    public void Add(Diagnostic diagnostic)
    {
        if (items.Count < limit)
        {
            items.Add(diagnostic);
        }
        else
        {
            Omitted++;
        }
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => items.AddRange(diagnostics);
}
