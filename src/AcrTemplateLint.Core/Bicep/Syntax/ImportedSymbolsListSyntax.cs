using System.Collections.Immutable;
using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>{ a, b as c }</c> after <c>import</c>.</summary>
public sealed class ImportedSymbolsListSyntax : SyntaxNode
{
    public ImportedSymbolsListSyntax(Token openBrace, ImmutableArray<SyntaxElement> items, Token closeBrace)
    {
        OpenBrace = openBrace;
        Items = items;
        CloseBrace = closeBrace;
    }

    public Token OpenBrace { get; }

    public ImmutableArray<SyntaxElement> Items { get; }

    public Token CloseBrace { get; }

    public IEnumerable<ImportedSymbolSyntax> Symbols => Items.OfType<ImportedSymbolSyntax>();

    public override IEnumerable<SyntaxElement> Children
    {
        get
        {
            yield return OpenBrace;

            foreach (var item in Items)
            {
                yield return item;
            }

            yield return CloseBrace;
        }
    }
}
