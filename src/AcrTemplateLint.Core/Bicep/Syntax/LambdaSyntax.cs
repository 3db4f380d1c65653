using System.Collections.Immutable;
using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>x => body</c> or <c>(x, y) => body</c>.</summary>
public sealed class LambdaSyntax : SyntaxNode
{
    public LambdaSyntax(SyntaxElement variables, Token arrow, ImmutableArray<Token> newLines, SyntaxElement body)
    {
        Variables = variables;
        Arrow = arrow;
        NewLines = newLines;
        Body = body;
    }

    public SyntaxElement Variables { get; }

    public Token Arrow { get; }

    public ImmutableArray<Token> NewLines { get; }

    public SyntaxElement Body { get; }

    public override IEnumerable<SyntaxElement> Children
    {
        get
        {
            yield return Variables;
            yield return Arrow;

            foreach (var item in NewLines)
            {
                yield return item;
            }

            yield return Body;
        }
    }
}
