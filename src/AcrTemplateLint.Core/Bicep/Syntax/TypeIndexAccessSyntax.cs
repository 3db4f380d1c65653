using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>type[0]</c>: the type of one element of a tuple type.</summary>
public sealed class TypeIndexAccessSyntax : SyntaxNode
{
    public TypeIndexAccessSyntax(SyntaxElement baseExpression, Token openBracket, SyntaxElement indexExpression, Token closeBracket)
    {
        BaseExpression = baseExpression;
        OpenBracket = openBracket;
        IndexExpression = indexExpression;
        CloseBracket = closeBracket;
    }

    public SyntaxElement BaseExpression { get; }

    public Token OpenBracket { get; }

    public SyntaxElement IndexExpression { get; }

    public Token CloseBracket { get; }

    public override IEnumerable<SyntaxElement> Children
    {
        get
        {
            yield return BaseExpression;
            yield return OpenBracket;
            yield return IndexExpression;
            yield return CloseBracket;
        }
    }
}
