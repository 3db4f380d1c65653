using System.Collections.Immutable;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>name: type</c> in an object type, optionally decorated.</summary>
public sealed class ObjectTypePropertySyntax(
    ImmutableArray<SyntaxElement> leadingNodes,
    SyntaxElement key,
    SyntaxElement colon,
    SyntaxElement value)
    : SyntaxNode
{
    public ImmutableArray<SyntaxElement> LeadingNodes { get; } = leadingNodes;

    public SyntaxElement Key { get; } = key;

    public SyntaxElement Colon { get; } = colon;

    public SyntaxElement Value { get; } = value;

    public IEnumerable<DecoratorSyntax> Decorators => LeadingNodes.OfType<DecoratorSyntax>();

    public override IEnumerable<SyntaxElement> Children => [.. LeadingNodes, Key, Colon, Value];
}
