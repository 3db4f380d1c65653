using System.Collections.Immutable;
using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>condition ? whenTrue : whenFalse</c>; line breaks are allowed before <c>?</c> and <c>:</c>.</summary>
public sealed class TernaryOperationSyntax : SyntaxNode
{
    public TernaryOperationSyntax(
        SyntaxElement condition,
        ImmutableArray<Token> newLinesBeforeQuestion,
        Token question,
        SyntaxElement whenTrue,
        ImmutableArray<Token> newLinesBeforeColon,
        SyntaxElement colon,
        SyntaxElement whenFalse)
    {
        Condition = condition;
        NewLinesBeforeQuestion = newLinesBeforeQuestion;
        Question = question;
        WhenTrue = whenTrue;
        NewLinesBeforeColon = newLinesBeforeColon;
        Colon = colon;
        WhenFalse = whenFalse;
    }

    public SyntaxElement Condition { get; }

    public ImmutableArray<Token> NewLinesBeforeQuestion { get; }

    public Token Question { get; }

    public SyntaxElement WhenTrue { get; }

    public ImmutableArray<Token> NewLinesBeforeColon { get; }

    public SyntaxElement Colon { get; }

    public SyntaxElement WhenFalse { get; }

    public override IEnumerable<SyntaxElement> Children
    {
        get
        {
            yield return Condition;

            foreach (var item in NewLinesBeforeQuestion)
            {
                yield return item;
            }

            yield return Question;
            yield return WhenTrue;

            foreach (var item in NewLinesBeforeColon)
            {
                yield return item;
            }

            yield return Colon;
            yield return WhenFalse;
        }
    }
}
