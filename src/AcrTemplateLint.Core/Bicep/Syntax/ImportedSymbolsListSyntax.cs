using System.Collections.Immutable;
using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>{ a, b as c }</c> after <c>import</c>.</summary>
public sealed class ImportedSymbolsListSyntax(Token openBrace, ImmutableArray<SyntaxElement> items, Token closeBrace) : SyntaxNode
{
    public Token OpenBrace { get; } = openBrace;

    public ImmutableArray<SyntaxElement> Items { get; } = items;

    public Token CloseBrace { get; } = closeBrace;

    public IEnumerable<ImportedSymbolSyntax> Symbols => Items.OfType<ImportedSymbolSyntax>();

    public override IEnumerable<SyntaxElement> Children => [OpenBrace, .. Items, CloseBrace];
}
