namespace AcrTemplateLint.Bicep.Syntax;

/// <summary>A name introduced by a loop or a lambda.</summary>
public sealed class LocalVariableSyntax : SyntaxNode
{
    public LocalVariableSyntax(IdentifierSyntax name)
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
