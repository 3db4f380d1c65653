namespace AcrTemplateLint.Bicep.Syntax;

/// <summary>A name introduced by a loop or a lambda.</summary>
public sealed class LocalVariableSyntax(IdentifierSyntax name) : SyntaxNode
{
    public IdentifierSyntax Name { get; } = name;

    public override IEnumerable<SyntaxElement> Children => [Name];
}
