using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>type!</c>.</summary>
public sealed class NonNullableTypeSyntax : SyntaxNode
{
    public NonNullableTypeSyntax(SyntaxElement baseType, Token exclamation)
    {
        BaseType = baseType;
        Exclamation = exclamation;
    }

    public SyntaxElement BaseType { get; }

    public Token Exclamation { get; }

    public override IEnumerable<SyntaxElement> Children
    {
        get
        {
            yield return BaseType;
            yield return Exclamation;
        }
    }
}
