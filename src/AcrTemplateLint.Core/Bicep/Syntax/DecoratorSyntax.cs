using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>@name</c>, <c>@name(args)</c> or <c>@ns.name(args)</c> before a declaration, type property or tuple item.</summary>
public sealed class DecoratorSyntax : SyntaxNode
{
    public DecoratorSyntax(Token at, SyntaxElement expression)
    {
        At = at;
        Expression = expression;
    }

    public Token At { get; }

    public SyntaxElement Expression { get; }

    public override IEnumerable<SyntaxElement> Children
    {
        get
        {
            yield return At;
            yield return Expression;
        }
    }
}
