using System.Collections.Immutable;
using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>condition ? whenTrue : whenFalse</c>; line breaks are allowed before <c>?</c> and <c>:</c>.</summary>
public sealed class TernaryOperationSyntax(
    SyntaxElement condition,
    ImmutableArray<Token> newLinesBeforeQuestion,
    Token question,
    SyntaxElement whenTrue,
    ImmutableArray<Token> newLinesBeforeColon,
    SyntaxElement colon,
    SyntaxElement whenFalse)
    : SyntaxNode
{
    public SyntaxElement Condition { get; } = condition;

    public ImmutableArray<Token> NewLinesBeforeQuestion { get; } = newLinesBeforeQuestion;

    public Token Question { get; } = question;

    public SyntaxElement WhenTrue { get; } = whenTrue;

    public ImmutableArray<Token> NewLinesBeforeColon { get; } = newLinesBeforeColon;

    public SyntaxElement Colon { get; } = colon;

    public SyntaxElement WhenFalse { get; } = whenFalse;

    public override IEnumerable<SyntaxElement> Children =>
        [Condition, .. NewLinesBeforeQuestion, Question, WhenTrue, .. NewLinesBeforeColon, Colon, WhenFalse];
}
