using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>type?</c>.</summary>
public sealed class NullableTypeSyntax(SyntaxElement baseType, Token question) : SyntaxNode
{
    public SyntaxElement BaseType { get; } = baseType;

    public Token Question { get; } = question;

    public override IEnumerable<SyntaxElement> Children => [BaseType, Question];
}
