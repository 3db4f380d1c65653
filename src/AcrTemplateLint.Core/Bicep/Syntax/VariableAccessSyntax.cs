namespace AcrTemplateLint.Bicep.Syntax;

/// <summary>A reference to a parameter, variable, resource, module, function parameter or loop variable by name.</summary>
public sealed class VariableAccessSyntax(IdentifierSyntax name) : SyntaxNode
{
    public IdentifierSyntax Name { get; } = name;

    public override IEnumerable<SyntaxElement> Children => [Name];
}
