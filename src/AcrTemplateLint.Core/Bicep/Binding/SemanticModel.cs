using System.Collections.Immutable;
using AcrTemplateLint.Bicep.Syntax;
using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Bicep.Binding;

/// <summary>
/// One Bicep file after binding: its declarations, every resource (nested ones included, parents first), what each
/// name in an expression refers to, and the binding diagnostics. Immutable, so one model serves every caller of a
/// module and every thread.
/// </summary>
public sealed class SemanticModel
{
    private readonly ImmutableDictionary<string, Symbol> declarations;
    // Written only by the binder that made this model; reads from several threads are safe.
    private readonly Dictionary<SyntaxNode, Symbol> bindings;
    private readonly ImmutableDictionary<Symbol, ImmutableArray<Symbol>> children;

    internal SemanticModel(
        SourceFile file,
        ProgramSyntax program,
        bool isParameterFile,
        ImmutableArray<Symbol> symbols,
        ImmutableArray<Symbol> resources,
        Dictionary<SyntaxNode, Symbol> bindings,
        ImmutableArray<Diagnostic> diagnostics)
    {
        File = file;
        Program = program;
        IsParameterFile = isParameterFile;
        Symbols = symbols;
        Resources = resources;
        this.bindings = bindings;
        Diagnostics = diagnostics;
        declarations = symbols.Where(s => s.Kind is not (SymbolKind.Output or SymbolKind.Metadata or SymbolKind.Test))
            .GroupBy(s => s.Name, StringComparer.Ordinal)
            .ToImmutableDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        children = resources.Where(r => r.Parent is not null)
            .GroupBy(r => r.Parent ?? r)
            .ToImmutableDictionary(g => g.Key, g => g.ToImmutableArray());
        TargetScope = program.Declarations.OfType<TargetScopeSyntax>().Select(t => (t.Value as StringSyntax)?.LiteralValue).LastOrDefault() ?? "resourceGroup";
    }

    public SourceFile File { get; }

    public ProgramSyntax Program { get; }

    public bool IsParameterFile { get; }

    /// <summary>The file's top-level declarations in source order (outputs and metadata included, nested resources not).</summary>
    public ImmutableArray<Symbol> Symbols { get; }

    /// <summary>Every resource declaration, nested ones right after their parent, in source order.</summary>
    public ImmutableArray<Symbol> Resources { get; }

    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>resourceGroup (the default), subscription, managementGroup, tenant, or local.</summary>
    public string TargetScope { get; }

    public IEnumerable<Symbol> OfKind(SymbolKind kind) => Symbols.Where(s => s.Kind == kind);

    /// <summary>A top-level declaration that expressions can refer to (not an output or metadata).</summary>
    public Symbol? Lookup(string name) => declarations.GetValueOrDefault(name);

    /// <summary>What a name in an expression refers to: a variable access, a call, a parent::child access, a type name.</summary>
    public Symbol? GetBinding(SyntaxNode reference) => bindings.GetValueOrDefault(reference);

    /// <summary>The resources declared in <paramref name="resource"/>'s body.</summary>
    public ImmutableArray<Symbol> ChildrenOf(Symbol resource) => children.GetValueOrDefault(resource, []);

    public SourceLocation Locate(SyntaxElement element) => new(File, element.Span);
}
