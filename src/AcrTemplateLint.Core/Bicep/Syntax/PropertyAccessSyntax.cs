using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>base.name</c>, or the safe form <c>base.?name</c>.</summary>
public sealed class PropertyAccessSyntax(
    SyntaxElement baseExpression,
    Token dot,
    Token? safeAccessMarker,
    IdentifierSyntax propertyName)
    : SyntaxNode
{
    public SyntaxElement BaseExpression { get; } = baseExpression;

    public Token Dot { get; } = dot;

    public Token? SafeAccessMarker { get; } = safeAccessMarker;

    public IdentifierSyntax PropertyName { get; } = propertyName;

    public override IEnumerable<SyntaxElement> Children =>
        Present([BaseExpression, Dot, SafeAccessMarker, PropertyName]);
}
