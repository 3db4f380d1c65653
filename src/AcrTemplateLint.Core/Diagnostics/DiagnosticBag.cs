namespace AcrTemplateLint.Diagnostics;

/// <summary>Collects the diagnostics of one unit of work. Not thread-safe: each file gets its own.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> items = [];

    public IReadOnlyList<Diagnostic> Items => items;

    public bool HasErrors => items.Exists(d => d.Level == DiagnosticLevel.Error);

    public void Add(Diagnostic diagnostic) => items.Add(diagnostic);

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => items.AddRange(diagnostics);
}
