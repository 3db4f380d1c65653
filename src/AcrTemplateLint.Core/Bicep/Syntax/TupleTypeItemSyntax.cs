using System.Collections.Immutable;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary>One position of a tuple type, optionally decorated.</summary>
public sealed class TupleTypeItemSyntax : SyntaxNode
{
    public TupleTypeItemSyntax(ImmutableArray<SyntaxElement> leadingNodes, SyntaxElement value)
    {
        LeadingNodes = leadingNodes;
        Value = value;
    }

    public ImmutableArray<SyntaxElement> LeadingNodes { get; }

    public SyntaxElement Value { get; }

    public IEnumerable<DecoratorSyntax> Decorators => LeadingNodes.OfType<DecoratorSyntax>();

    public override IEnumerable<SyntaxElement> Children
    {
        get
        {
            foreach (var item in LeadingNodes)
            {
                yield return item;
            }

            yield return Value;
        }
    }
}
