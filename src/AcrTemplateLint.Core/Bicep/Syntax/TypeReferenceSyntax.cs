namespace AcrTemplateLint.Bicep.Syntax;

/// <summary>A type by name: <c>string</c>, <c>int</c>, <c>bool</c>, <c>object</c>, <c>array</c>, or a declared or imported type.</summary>
public sealed class TypeReferenceSyntax(IdentifierSyntax name) : SyntaxNode
{
    public IdentifierSyntax Name { get; } = name;

    public override IEnumerable<SyntaxElement> Children => [Name];
}
