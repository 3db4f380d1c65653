using System.Collections.Immutable;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>name: type</c> in an object type, optionally decorated.</summary>
public sealed class ObjectTypePropertySyntax : SyntaxNode
{
    public ObjectTypePropertySyntax(ImmutableArray<SyntaxElement> leadingNodes, SyntaxElement key, SyntaxElement colon, SyntaxElement value)
    {
        LeadingNodes = leadingNodes;
        Key = key;
        Colon = colon;
        Value = value;
    }

    public ImmutableArray<SyntaxElement> LeadingNodes { get; }

    public SyntaxElement Key { get; }

    public SyntaxElement Colon { get; }

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

            yield return Key;
            yield return Colon;
            yield return Value;
        }
    }
}
