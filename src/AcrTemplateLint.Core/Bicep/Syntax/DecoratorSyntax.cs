using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>@name</c>, <c>@name(args)</c> or <c>@ns.name(args)</c> before a declaration, type property or tuple item.</summary>
public sealed class DecoratorSyntax(Token at, SyntaxElement expression) : SyntaxNode
{
    public Token At { get; } = at;

    public SyntaxElement Expression { get; } = expression;

    public override IEnumerable<SyntaxElement> Children => [At, Expression];
}
