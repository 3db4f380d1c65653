namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>name type</c>: one parameter of a <c>func</c>.</summary>
public sealed class TypedLocalVariableSyntax : SyntaxNode
{
    public TypedLocalVariableSyntax(IdentifierSyntax name, SyntaxElement type)
    {
        Name = name;
        Type = type;
    }

    public IdentifierSyntax Name { get; }

    public SyntaxElement Type { get; }

    public override IEnumerable<SyntaxElement> Children
    {
        get
        {
            yield return Name;
            yield return Type;
        }
    }
}
