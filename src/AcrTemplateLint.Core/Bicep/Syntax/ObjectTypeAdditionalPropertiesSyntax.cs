using System.Collections.Immutable;
using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>*: type</c> in an object type: the type of properties not named.</summary>
public sealed class ObjectTypeAdditionalPropertiesSyntax : SyntaxNode
{
    public ObjectTypeAdditionalPropertiesSyntax(
        ImmutableArray<SyntaxElement> leadingNodes,
        Token asterisk,
        SyntaxElement colon,
        SyntaxElement value)
    {
        LeadingNodes = leadingNodes;
        Asterisk = asterisk;
        Colon = colon;
        Value = value;
    }

    public ImmutableArray<SyntaxElement> LeadingNodes { get; }

    public Token Asterisk { get; }

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

            yield return Asterisk;
            yield return Colon;
            yield return Value;
        }
    }
}
