namespace AcrTemplateLint.Bicep.Syntax;

/// <summary>A type by name: <c>string</c>, <c>int</c>, <c>bool</c>, <c>object</c>, <c>array</c>, or a declared or imported type.</summary>
public sealed class TypeReferenceSyntax : SyntaxNode
{
    public TypeReferenceSyntax(IdentifierSyntax name)
    {
        Name = name;
    }

    public IdentifierSyntax Name { get; }

    public override IEnumerable<SyntaxElement> Children
    {
        get
        {
            yield return Name;
        }
    }
}
