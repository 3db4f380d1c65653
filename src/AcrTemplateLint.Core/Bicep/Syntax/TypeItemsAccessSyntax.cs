using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>type[*]</c>: the element type of an array type.</summary>
public sealed class TypeItemsAccessSyntax : SyntaxNode
{
    public TypeItemsAccessSyntax(SyntaxElement baseExpression, Token openBracket, Token asterisk, Token closeBracket)
    {
        BaseExpression = baseExpression;
        OpenBracket = openBracket;
        Asterisk = asterisk;
        CloseBracket = closeBracket;
    }

    public SyntaxElement BaseExpression { get; }

    public Token OpenBracket { get; }

    public Token Asterisk { get; }

    public Token CloseBracket { get; }

    public override IEnumerable<SyntaxElement> Children
    {
        get
        {
            yield return BaseExpression;
            yield return OpenBracket;
            yield return Asterisk;
            yield return CloseBracket;
        }
    }
}
