namespace AcrTemplateLint.Bicep.Syntax;

/// <summary>One entry of an import list: a name (or a quoted name) and an optional <c>as alias</c>.</summary>
public sealed class ImportedSymbolSyntax : SyntaxNode
{
    public ImportedSymbolSyntax(SyntaxElement originalName, SyntaxElement? alias)
    {
        OriginalName = originalName;
        Alias = alias;
    }

    public SyntaxElement OriginalName { get; }

    public SyntaxElement? Alias { get; }

    public override IEnumerable<SyntaxElement> Children
    {
        get
        {
            yield return OriginalName;

            if (Alias is not null)
            {
                yield return Alias;
            }
        }
    }
}
