using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>if (condition) { … }</c> as a resource or module body.</summary>
public sealed class IfConditionSyntax : SyntaxNode
{
    public IfConditionSyntax(Token keyword, SyntaxElement condition, SyntaxElement body)
    {
        Keyword = keyword;
        Condition = condition;
        Body = body;
    }

    public Token Keyword { get; }

    public SyntaxElement Condition { get; }

    public SyntaxElement Body { get; }

    public override IEnumerable<SyntaxElement> Children
    {
        get
        {
            yield return Keyword;
            yield return Condition;
            yield return Body;
        }
    }
}
