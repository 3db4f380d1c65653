using System.Collections.Immutable;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary>A top-level declaration (or a nested resource): a keyword-led statement that may carry decorators.</summary>
public abstract class StatementSyntax : SyntaxNode
{
    private protected StatementSyntax(ImmutableArray<SyntaxElement> leadingNodes) => LeadingNodes = leadingNodes;

    /// <summary>The decorators before the keyword, with the line breaks (and any skipped text) between them.</summary>
    public ImmutableArray<SyntaxElement> LeadingNodes { get; }

    public IEnumerable<DecoratorSyntax> Decorators => LeadingNodes.OfType<DecoratorSyntax>();
}
