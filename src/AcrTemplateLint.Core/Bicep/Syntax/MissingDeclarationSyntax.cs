using System.Collections.Immutable;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary>Decorators that no declaration follows. The parser reports it; the decorators stay in the tree.</summary>
public sealed class MissingDeclarationSyntax(ImmutableArray<SyntaxElement> leadingNodes) : StatementSyntax(leadingNodes)
{
    public override IEnumerable<SyntaxElement> Children => LeadingNodes;
}
