using AcrTemplateLint.Bicep.Syntax;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Bicep.Binding;

/// <summary>
/// A declared name: what it is, the syntax that declares it and where its name is written. A resource declared
/// inside another resource's body has that resource as <see cref="Parent"/>; an imported name carries its
/// <see cref="Import"/>.
/// </summary>
public sealed record Symbol(string Name, SymbolKind Kind, SyntaxNode Declaration, SourceLocation NameLocation)
{
    public Symbol? Parent { get; init; }

    public ImportInfo? Import { get; init; }

    /// <summary>The symbolic name the compiler gives a nested resource: "parent::child", else the name itself.</summary>
    public string QualifiedName => Parent is { } parent ? $"{parent.QualifiedName}::{Name}" : Name;

    public bool IsLocal => Kind is SymbolKind.LoopItem or SymbolKind.LoopIndex or SymbolKind.LambdaParameter or SymbolKind.FunctionParameter;

    public override string ToString() => $"{Kind} '{Name}'";

    // A symbol is its declaration: the binder makes each once, so identity is equality. It also spares hashing the
    // declaration's syntax, and the generated member-wise equality asks for an enum comparer that is JIT-compiled
    // on every run.
    public bool Equals(Symbol? other) => ReferenceEquals(this, other);

    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);
}

/// <summary>Where an imported name comes from: the file as written, and the name it has there (null for a wildcard).</summary>
public sealed record ImportInfo(string Path, SourceLocation PathLocation, string? OriginalName);
