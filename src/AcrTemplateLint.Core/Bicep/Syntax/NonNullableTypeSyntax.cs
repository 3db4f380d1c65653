using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>type!</c>.</summary>
public sealed class NonNullableTypeSyntax(SyntaxElement baseType, Token exclamation) : SyntaxNode
{
    public SyntaxElement BaseType { get; } = baseType;

    public Token Exclamation { get; } = exclamation;

    public override IEnumerable<SyntaxElement> Children => [BaseType, Exclamation];
}
