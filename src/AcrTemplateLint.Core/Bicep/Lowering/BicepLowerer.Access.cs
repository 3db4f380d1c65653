using AcrTemplateLint.Bicep.Binding;
using AcrTemplateLint.Bicep.Syntax;
using AcrTemplateLint.Evaluation.Expressions;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Bicep.Lowering;

/// <summary>Names and member access: parameters, variables, locals, and references to resources and modules.</summary>
public sealed partial class BicepLowerer
{
    private Expression LowerName(VariableAccessSyntax syntax, SourceLocation at)
    {
        var name = syntax.Name.Name;
        return model.GetBinding(syntax) switch
        {
            null => Undeclared(name, at),
            { Kind: SymbolKind.Parameter or SymbolKind.ParameterAssignment } => Call("parameters", at, Text(name, at)),

            // An imported name is a variable of this file as far as expressions go; the scope follows the import.
            { Kind: SymbolKind.Variable or SymbolKind.ImportedSymbol } => Call("variables", at, Text(name, at)),
            { Kind: SymbolKind.Resource or SymbolKind.Module } symbol => new SymbolReferenceExpression(symbol.QualifiedName, null, null, at),
            { IsLocal: true } => new LocalReferenceExpression(name, at),
            { Kind: SymbolKind.WildcardImport or SymbolKind.Namespace } => new ErrorExpression($"the namespace '{name}' used as a value", at),
            var other => new ErrorExpression($"the {other.Kind.ToString().ToLowerInvariant()} '{name}' used as a value", at),
        };
    }

    // acr.id, acrs[i].name, mod.outputs, ns.exportedVariable; anything else is a plain property access.
    private Expression LowerPropertyAccess(PropertyAccessSyntax syntax, SourceLocation at)
    {
        var property = syntax.PropertyName.Name;
        var safe = syntax.SafeAccessMarker is not null || InSafeChain(syntax.BaseExpression);
        if (SymbolTarget(syntax.BaseExpression) is var (symbol, index))
        {
            return new SymbolReferenceExpression(symbol.QualifiedName, index, property, at);
        }

        if (syntax.BaseExpression is VariableAccessSyntax target && model.GetBinding(target) is { Kind: SymbolKind.WildcardImport } ns)
        {
            return new SymbolReferenceExpression(ns.Name, null, property, at);
        }

        return new PropertyAccessExpression(Lower(syntax.BaseExpression), property, at, safe);
    }

    private Expression LowerArrayAccess(ArrayAccessSyntax syntax, SourceLocation at)
    {
        var safe = syntax.SafeAccessMarker is not null || InSafeChain(syntax.BaseExpression);
        if (syntax.FromEndMarker is not null)
        {
            return Call(safe ? "tryIndexFromEnd" : "indexFromEnd", at, Lower(syntax.BaseExpression), Lower(syntax.IndexExpression));
        }

        if (SymbolTarget(syntax.BaseExpression) is (var symbol, null))
        {
            // acrs[i] picks a loop instance; acr['properties'] on a single resource reads a member.
            return IsLoop(symbol) || syntax.IndexExpression is not StringSyntax { LiteralValue: { } member }
                ? new SymbolReferenceExpression(symbol.QualifiedName, Lower(syntax.IndexExpression), null, at)
                : new SymbolReferenceExpression(symbol.QualifiedName, null, member, at);
        }

        return new IndexAccessExpression(Lower(syntax.BaseExpression), Lower(syntax.IndexExpression), at, safe);
    }

    // The resource or module an access starts from, with the loop index when one instance is picked.
    private (Symbol Symbol, Expression? Index)? SymbolTarget(SyntaxElement syntax) => syntax switch
    {
        VariableAccessSyntax or ResourceAccessSyntax when model.GetBinding((SyntaxNode)syntax) is { Kind: SymbolKind.Resource or SymbolKind.Module } symbol => (symbol, null),
        ArrayAccessSyntax { FromEndMarker: null } access when SymbolTarget(access.BaseExpression) is (var symbol, null) && IsLoop(symbol) => (symbol, Lower(access.IndexExpression)),
        _ => null,
    };

    /// <summary>True for a resource or module declared with a for loop.</summary>
    public static bool IsLoop(Symbol symbol) => symbol.Declaration switch
    {
        ResourceDeclarationSyntax r => r.Value is ForSyntax,
        ModuleDeclarationSyntax m => m.Value is ForSyntax,
        _ => false,
    };

    // a.?b.c reads as tryGet(a, 'b', 'c'), as the compiler writes it: once an access in a chain is safe, so is the rest.
    private static bool InSafeChain(SyntaxElement syntax) => syntax switch
    {
        PropertyAccessSyntax { SafeAccessMarker: not null } or ArrayAccessSyntax { SafeAccessMarker: not null } => true,
        PropertyAccessSyntax p => InSafeChain(p.BaseExpression),
        ArrayAccessSyntax a => InSafeChain(a.BaseExpression),
        _ => false,
    };
}
