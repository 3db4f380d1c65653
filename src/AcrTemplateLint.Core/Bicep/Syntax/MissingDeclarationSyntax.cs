using System.Collections.Immutable;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary>Decorators that no declaration follows. The parser reports it; the decorators stay in the tree.</summary>
public sealed class MissingDeclarationSyntax : StatementSyntax
{
    public MissingDeclarationSyntax(ImmutableArray<SyntaxElement> leadingNodes)
        : base(leadingNodes)
    {
    }

    public override IEnumerable<SyntaxElement> Children
    {
        get
        {
            foreach (var node in LeadingNodes)
            {
                yield return node;
            }
        }
    }
}
