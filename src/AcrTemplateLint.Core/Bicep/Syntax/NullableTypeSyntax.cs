using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>type?</c>.</summary>
public sealed class NullableTypeSyntax : SyntaxNode
{
    public NullableTypeSyntax(SyntaxElement baseType, Token question)
    {
        BaseType = baseType;
        Question = question;
    }

    public SyntaxElement BaseType { get; }

    public Token Question { get; }

    public override IEnumerable<SyntaxElement> Children
    {
        get
        {
            yield return BaseType;
            yield return Question;
        }
    }
}
