using System.Collections.Immutable;
using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>[for item in source: body]</c>, <c>[for (item, index) in …]</c>, with an optional <c>if</c> in resource bodies.</summary>
public sealed class ForSyntax(
    Token openBracket,
    ImmutableArray<Token> openNewLines,
    Token forKeyword,
    SyntaxElement variables,
    SyntaxElement inKeyword,
    SyntaxElement source,
    SyntaxElement colon,
    SyntaxElement body,
    ImmutableArray<Token> closeNewLines,
    SyntaxElement closeBracket)
    : SyntaxNode
{
    public Token OpenBracket { get; } = openBracket;

    public ImmutableArray<Token> OpenNewLines { get; } = openNewLines;

    public Token ForKeyword { get; } = forKeyword;

    public SyntaxElement Variables { get; } = variables;

    public SyntaxElement InKeyword { get; } = inKeyword;

    public SyntaxElement Source { get; } = source;

    public SyntaxElement Colon { get; } = colon;

    public SyntaxElement Body { get; } = body;

    public ImmutableArray<Token> CloseNewLines { get; } = closeNewLines;

    public SyntaxElement CloseBracket { get; } = closeBracket;

    public override IEnumerable<SyntaxElement> Children =>
        [OpenBracket, .. OpenNewLines, ForKeyword, Variables, InKeyword, Source, Colon, Body, .. CloseNewLines, CloseBracket];
}
