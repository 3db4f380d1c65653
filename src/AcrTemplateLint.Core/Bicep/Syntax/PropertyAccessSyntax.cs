using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>base.name</c>, or the safe form <c>base.?name</c>.</summary>
public sealed class PropertyAccessSyntax : SyntaxNode
{
    public PropertyAccessSyntax(SyntaxElement baseExpression, Token dot, Token? safeAccessMarker, IdentifierSyntax propertyName)
    {
        BaseExpression = baseExpression;
        Dot = dot;
        SafeAccessMarker = safeAccessMarker;
        PropertyName = propertyName;
    }

    public SyntaxElement BaseExpression { get; }

    public Token Dot { get; }

    public Token? SafeAccessMarker { get; }

    public IdentifierSyntax PropertyName { get; }

    public override IEnumerable<SyntaxElement> Children
    {
        get
        {
            yield return BaseExpression;
            yield return Dot;

            if (SafeAccessMarker is not null)
            {
                yield return SafeAccessMarker;
            }

            yield return PropertyName;
        }
    }
}
