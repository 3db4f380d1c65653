using System.Collections.Immutable;
using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>[for item in source: body]</c>, <c>[for (item, index) in …]</c>, with an optional <c>if</c> in resource bodies.</summary>
public sealed class ForSyntax : SyntaxNode
{
    public ForSyntax(
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
    {
        OpenBracket = openBracket;
        OpenNewLines = openNewLines;
        ForKeyword = forKeyword;
        Variables = variables;
        InKeyword = inKeyword;
        Source = source;
        Colon = colon;
        Body = body;
        CloseNewLines = closeNewLines;
        CloseBracket = closeBracket;
    }

    public Token OpenBracket { get; }

    public ImmutableArray<Token> OpenNewLines { get; }

    public Token ForKeyword { get; }

    public SyntaxElement Variables { get; }

    public SyntaxElement InKeyword { get; }

    public SyntaxElement Source { get; }

    public SyntaxElement Colon { get; }

    public SyntaxElement Body { get; }

    public ImmutableArray<Token> CloseNewLines { get; }

    public SyntaxElement CloseBracket { get; }

    public override IEnumerable<SyntaxElement> Children
    {
        get
        {
            yield return OpenBracket;

            foreach (var item in OpenNewLines)
            {
                yield return item;
            }

            yield return ForKeyword;
            yield return Variables;
            yield return InKeyword;
            yield return Source;
            yield return Colon;
            yield return Body;

            foreach (var item in CloseNewLines)
            {
                yield return item;
            }

            yield return CloseBracket;
        }
    }
}
