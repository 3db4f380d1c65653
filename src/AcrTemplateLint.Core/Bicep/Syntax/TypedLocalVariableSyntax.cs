namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>name type</c>: one parameter of a <c>func</c>.</summary>
public sealed class TypedLocalVariableSyntax(IdentifierSyntax name, SyntaxElement type) : SyntaxNode
{
    public IdentifierSyntax Name { get; } = name;

    public SyntaxElement Type { get; } = type;

    public override IEnumerable<SyntaxElement> Children => [Name, Type];
}
