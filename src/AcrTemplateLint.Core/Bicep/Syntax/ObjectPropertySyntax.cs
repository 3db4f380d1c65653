namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>key: value</c>; the key is an identifier or a (possibly interpolated) string.</summary>
public sealed class ObjectPropertySyntax(SyntaxElement key, SyntaxElement colon, SyntaxElement value) : SyntaxNode
{
    public SyntaxElement Key { get; } = key;

    public SyntaxElement Colon { get; } = colon;

    public SyntaxElement Value { get; } = value;

    public override IEnumerable<SyntaxElement> Children => [Key, Colon, Value];
}
