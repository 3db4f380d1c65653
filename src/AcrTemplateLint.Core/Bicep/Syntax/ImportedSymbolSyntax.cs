namespace AcrTemplateLint.Bicep.Syntax;

/// <summary>One entry of an import list: a name (or a quoted name) and an optional <c>as alias</c>.</summary>
public sealed class ImportedSymbolSyntax(SyntaxElement originalName, SyntaxElement? alias) : SyntaxNode
{
    public SyntaxElement OriginalName { get; } = originalName;

    public SyntaxElement? Alias { get; } = alias;

    public override IEnumerable<SyntaxElement> Children => Present([OriginalName, Alias]);
}
