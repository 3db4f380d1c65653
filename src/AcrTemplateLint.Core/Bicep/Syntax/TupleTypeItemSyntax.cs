using System.Collections.Immutable;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary>One position of a tuple type, optionally decorated.</summary>
public sealed class TupleTypeItemSyntax(ImmutableArray<SyntaxElement> leadingNodes, SyntaxElement value) : SyntaxNode
{
    public ImmutableArray<SyntaxElement> LeadingNodes { get; } = leadingNodes;

    public SyntaxElement Value { get; } = value;

    public IEnumerable<DecoratorSyntax> Decorators => LeadingNodes.OfType<DecoratorSyntax>();

    public override IEnumerable<SyntaxElement> Children => [.. LeadingNodes, Value];
}
