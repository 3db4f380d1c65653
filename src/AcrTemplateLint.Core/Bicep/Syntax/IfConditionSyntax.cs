using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>if (condition) { … }</c> as a resource or module body.</summary>
public sealed class IfConditionSyntax(Token keyword, SyntaxElement condition, SyntaxElement body) : SyntaxNode
{
    public Token Keyword { get; } = keyword;

    public SyntaxElement Condition { get; } = condition;

    public SyntaxElement Body { get; } = body;

    public override IEnumerable<SyntaxElement> Children => [Keyword, Condition, Body];
}
