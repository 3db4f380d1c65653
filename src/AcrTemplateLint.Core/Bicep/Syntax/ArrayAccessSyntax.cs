using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>base[index]</c>, with the safe form <c>base[?index]</c> and from-the-end <c>base[^1]</c>.</summary>
public sealed class ArrayAccessSyntax : SyntaxNode
{
    public ArrayAccessSyntax(
        SyntaxElement baseExpression,
        Token openBracket,
        Token? safeAccessMarker,
        Token? fromEndMarker,
        SyntaxElement indexExpression,
        Token closeBracket)
    {
        BaseExpression = baseExpression;
        OpenBracket = openBracket;
        SafeAccessMarker = safeAccessMarker;
        FromEndMarker = fromEndMarker;
        IndexExpression = indexExpression;
        CloseBracket = closeBracket;
    }

    public SyntaxElement BaseExpression { get; }

    public Token OpenBracket { get; }

    public Token? SafeAccessMarker { get; }

    public Token? FromEndMarker { get; }

    public SyntaxElement IndexExpression { get; }

    public Token CloseBracket { get; }

    public override IEnumerable<SyntaxElement> Children
    {
        get
        {
            yield return BaseExpression;
            yield return OpenBracket;

            if (SafeAccessMarker is not null)
            {
                yield return SafeAccessMarker;
            }

            if (FromEndMarker is not null)
            {
                yield return FromEndMarker;
            }

            yield return IndexExpression;
            yield return CloseBracket;
        }
    }
}
