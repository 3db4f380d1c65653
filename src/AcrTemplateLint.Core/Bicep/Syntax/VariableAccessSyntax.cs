namespace AcrTemplateLint.Bicep.Syntax;

/// <summary>A reference to a parameter, variable, resource, module, function parameter or loop variable by name.</summary>
public sealed class VariableAccessSyntax : SyntaxNode
{
    public VariableAccessSyntax(IdentifierSyntax name)
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
