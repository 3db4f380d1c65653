using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>base[index]</c>, with the safe form <c>base[?index]</c> and from-the-end <c>base[^1]</c>.</summary>
public sealed class ArrayAccessSyntax(
    SyntaxElement baseExpression,
    Token openBracket,
    Token? safeAccessMarker,
    Token? fromEndMarker,
    SyntaxElement indexExpression,
    Token closeBracket)
    : SyntaxNode
{
    public SyntaxElement BaseExpression { get; } = baseExpression;

    public Token OpenBracket { get; } = openBracket;

    public Token? SafeAccessMarker { get; } = safeAccessMarker;

    public Token? FromEndMarker { get; } = fromEndMarker;

    public SyntaxElement IndexExpression { get; } = indexExpression;

    public Token CloseBracket { get; } = closeBracket;

    public override IEnumerable<SyntaxElement> Children =>
        Present([BaseExpression, OpenBracket, SafeAccessMarker, FromEndMarker, IndexExpression, CloseBracket]);
}
