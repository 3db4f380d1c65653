using System.Collections.Immutable;
using AcrTemplateLint.Bicep.Syntax;
using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Bicep.Binding;

/// <summary>
/// Resolves the names of one Bicep file. Scopes nest as in Bicep: the file's declarations; a resource body, which
/// also sees the resources nested in it; a loop body, which sees its item and index; a lambda or function body,
/// which sees its parameters. A name that resolves to nothing, a declaration that clashes with another, and a
/// declaration that depends on itself are diagnostics with the span of the name; binding goes on regardless.
/// </summary>
public sealed partial class Binder
{
    private readonly SourceFile file;
    private readonly bool isParameterFile;
    private readonly List<Diagnostic> diagnostics = [];
    private readonly Dictionary<SyntaxNode, Symbol> bindings = new(ReferenceEqualityComparer.Instance);
    private readonly List<Symbol> resources = [];

    // The declaration whose syntax is being bound, and the declarations each one refers to (for cycles).
    private readonly Dictionary<Symbol, List<(Symbol Target, SourceLocation At)>> references = [];
    private Symbol? current;

    // An extension declared by a registry reference without an alias has a namespace name acrlint cannot know.
    private bool hasUnnamedExtension;

    private Binder(SourceFile file, bool isParameterFile)
    {
        this.file = file;
        this.isParameterFile = isParameterFile;
    }

    public static SemanticModel Bind(SourceFile file, ProgramSyntax program, bool isParameterFile = false)
    {
        var binder = new Binder(file, isParameterFile);
        var symbols = binder.Declare(program);
        var scope = new Scope(null);
        // Outputs, metadata and tests are not names expressions can use, so they clash with nothing.
        var named = symbols.Where(s => s.Kind is not (SymbolKind.Output or SymbolKind.Metadata or SymbolKind.Test)).ToList();
        foreach (var symbol in named)
        {
            scope.TryAdd(symbol);
        }

        foreach (var duplicate in named.GroupBy(s => s.Name, StringComparer.Ordinal).Where(g => g.Count() > 1).SelectMany(g => g))
        {
            binder.diagnostics.Add(BindingDiagnostics.DuplicateDeclaration(duplicate.NameLocation, duplicate.Name));
        }

        // The symbol each statement declares, found once: a search per statement took time quadratic in their number.
        var declaredBy = new Dictionary<SyntaxNode, Symbol>(ReferenceEqualityComparer.Instance);
        foreach (var symbol in symbols)
        {
            if (symbol.Kind is not SymbolKind.ImportedSymbol)
            {
                declaredBy.TryAdd(symbol.Declaration, symbol);
            }
        }

        foreach (var statement in program.Declarations)
        {
            binder.current = declaredBy.GetValueOrDefault(statement);
            binder.BindStatement(statement, scope);
        }

        binder.ReportCycles();
        return new SemanticModel(file, program, isParameterFile, symbols, [.. binder.resources], binder.bindings, [.. binder.diagnostics]);
    }

    private SourceLocation At(SyntaxElement element) => new(file, element.Span);

    private Symbol Declared(string name, SymbolKind kind, SyntaxNode declaration, SyntaxElement nameSyntax) =>
        new(name, kind, declaration, At(nameSyntax));

    // The file's declarations, in source order; resources also collect their nested resources.
    private ImmutableArray<Symbol> Declare(ProgramSyntax program)
    {
        var symbols = ImmutableArray.CreateBuilder<Symbol>();
        foreach (var statement in program.Declarations)
        {
            switch (statement)
            {
                case ParameterDeclarationSyntax p:
                    Add(p.Name, SymbolKind.Parameter, p);
                    break;
                case ParameterAssignmentSyntax a:
                    Add(a.Name, SymbolKind.ParameterAssignment, a);
                    break;
                case VariableDeclarationSyntax v:
                    Add(v.Name, SymbolKind.Variable, v);
                    break;
                case ResourceDeclarationSyntax r when r.Name.IsValid:
                    symbols.Add(DeclareResource(r, parent: null));
                    break;
                case ModuleDeclarationSyntax m:
                    Add(m.Name, SymbolKind.Module, m);
                    break;
                case OutputDeclarationSyntax o:
                    Add(o.Name, SymbolKind.Output, o);
                    break;
                case TypeDeclarationSyntax t:
                    Add(t.Name, SymbolKind.Type, t);
                    break;
                case FunctionDeclarationSyntax f:
                    Add(f.Name, SymbolKind.Function, f);
                    break;
                case MetadataDeclarationSyntax d:
                    Add(d.Name, SymbolKind.Metadata, d);
                    break;
                case TestDeclarationSyntax t:
                    Add(t.Name, SymbolKind.Test, t);
                    break;
                case AssertDeclarationSyntax a:
                    Add(a.Name, SymbolKind.Assert, a);
                    break;
                case ImportDeclarationSyntax i:
                    symbols.AddRange(DeclareImports(i));
                    break;
                case ExtensionDeclarationSyntax e:
                    if (ExtensionAlias(e) is { } alias)
                    {
                        symbols.Add(Declared(alias.Name, SymbolKind.Namespace, e, alias));
                    }
                    else
                    {
                        hasUnnamedExtension = true;
                    }

                    break;
            }
        }

        return symbols.ToImmutable();

        void Add(IdentifierSyntax name, SymbolKind kind, StatementSyntax declaration)
        {
            if (name.IsValid)
            {
                symbols.Add(Declared(name.Name, kind, declaration, name));
            }
        }
    }

    private Symbol DeclareResource(ResourceDeclarationSyntax declaration, Symbol? parent)
    {
        var symbol = Declared(declaration.Name.Name, SymbolKind.Resource, declaration, declaration.Name) with { Parent = parent };
        resources.Add(symbol);
        foreach (var nested in NestedResources(declaration))
        {
            DeclareResource(nested, symbol);
        }

        return symbol;
    }

    /// <summary>The resources declared directly in a resource's body (inside its if or for too).</summary>
    public static IEnumerable<ResourceDeclarationSyntax> NestedResources(ResourceDeclarationSyntax declaration) =>
        BodyObject(declaration.Value)?.Items.OfType<ResourceDeclarationSyntax>().Where(r => r.Name.IsValid) ?? [];

    /// <summary>The object of a resource or module body: the object itself, inside <c>if (…)</c>, or inside a loop.</summary>
    public static ObjectSyntax? BodyObject(SyntaxElement body) => body switch
    {
        ObjectSyntax o => o,
        IfConditionSyntax i => BodyObject(i.Body),
        ForSyntax f => BodyObject(f.Body),
        _ => null,
    };

    private IEnumerable<Symbol> DeclareImports(ImportDeclarationSyntax import)
    {
        if (import.FromClause is not FromClauseSyntax { Path: StringSyntax { LiteralValue: { } path } pathSyntax })
        {
            yield break;
        }

        var pathLocation = At(pathSyntax);
        switch (import.Target)
        {
            case ImportedSymbolsListSyntax list:
                foreach (var item in list.Symbols)
                {
                    var original = item.OriginalName switch
                    {
                        IdentifierSyntax { IsValid: true } id => id.Name,
                        StringSyntax { LiteralValue: { } quoted } => quoted,
                        _ => null,
                    };
                    var local = item.Alias is AliasClauseSyntax { Name.IsValid: true } alias ? alias.Name : item.OriginalName as IdentifierSyntax;
                    if (original is not null && local is { IsValid: true })
                    {
                        yield return Declared(local.Name, SymbolKind.ImportedSymbol, import, local) with { Import = new ImportInfo(path, pathLocation, original) };
                    }
                }

                break;
            case WildcardImportSyntax { Alias: AliasClauseSyntax { Name.IsValid: true } alias }:
                yield return Declared(alias.Name.Name, SymbolKind.WildcardImport, import, alias.Name) with { Import = new ImportInfo(path, pathLocation, null) };
                break;
        }
    }

    // extension kubernetes with {…} as k8s → k8s; extension microsoftGraphV1 → microsoftGraphV1; a registry reference
    // without an alias is named by its manifest, which acrlint does not read.
    private static IdentifierSyntax? ExtensionAlias(ExtensionDeclarationSyntax extension) => extension switch
    {
        { AsClause: AliasClauseSyntax { Name.IsValid: true } alias } => alias.Name,
        { Specification: IdentifierSyntax { IsValid: true } name } => name,
        _ => null,
    };

    private void Refer(Symbol target, SyntaxElement at)
    {
        // Types may refer to themselves through an optional property or an array: the compiler checks that, not acrlint.
        if (current is null || target.IsLocal || target.Kind == SymbolKind.Type)
        {
            return;
        }

        if (!references.TryGetValue(current, out var list))
        {
            references[current] = list = [];
        }

        list.Add((target, At(at)));
    }

    /// <summary>A scope of names; lookups go outwards.</summary>
    private sealed class Scope(Scope? outer)
    {
        private readonly Dictionary<string, Symbol> names = new(StringComparer.Ordinal);

        public bool TryAdd(Symbol symbol) => names.TryAdd(symbol.Name, symbol);

        public Symbol? Lookup(string name) => names.TryGetValue(name, out var symbol) ? symbol : outer?.Lookup(name);
    }
}
