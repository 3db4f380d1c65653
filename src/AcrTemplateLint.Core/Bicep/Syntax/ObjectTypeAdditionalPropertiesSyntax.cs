using System.Collections.Immutable;
using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>*: type</c> in an object type: the type of properties not named.</summary>
public sealed class ObjectTypeAdditionalPropertiesSyntax(
    ImmutableArray<SyntaxElement> leadingNodes,
    Token asterisk,
    SyntaxElement colon,
    SyntaxElement value)
    : SyntaxNode
{
    public ImmutableArray<SyntaxElement> LeadingNodes { get; } = leadingNodes;

    public Token Asterisk { get; } = asterisk;

    public SyntaxElement Colon { get; } = colon;

    public SyntaxElement Value { get; } = value;

    public IEnumerable<DecoratorSyntax> Decorators => LeadingNodes.OfType<DecoratorSyntax>();

    public override IEnumerable<SyntaxElement> Children => [.. LeadingNodes, Asterisk, Colon, Value];
}
