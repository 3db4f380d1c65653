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
    // Written only while the model is made (the bindings by the binder that made it); reads from several threads
    // are safe.
    private readonly Dictionary<string, Symbol> declarations = new(StringComparer.Ordinal);
    private readonly Dictionary<SyntaxNode, Symbol> bindings;

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
        foreach (var symbol in symbols)
        {
            if (symbol.Kind is not (SymbolKind.Output or SymbolKind.Metadata or SymbolKind.Test))
            {
                declarations.TryAdd(symbol.Name, symbol);
            }
        }

        TargetScope = program.Declarations.OfType<TargetScopeSyntax>().Select(t => (t.Value as StringSyntax)?.LiteralValue).LastOrDefault() ?? "resourceGroup";
        DeclaresExtensions = program.Declarations.OfType<ExtensionDeclarationSyntax>().Any();
    }

    /// <summary>Whether the file declares an extension (Kubernetes, Microsoft Graph…), whose resource types are not Azure's.</summary>
    public bool DeclaresExtensions { get; }

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

    public SourceLocation Locate(SyntaxElement element) => new(File, element.Span);
}
