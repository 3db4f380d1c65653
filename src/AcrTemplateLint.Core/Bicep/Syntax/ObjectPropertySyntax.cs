namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>key: value</c>; the key is an identifier or a (possibly interpolated) string.</summary>
public sealed class ObjectPropertySyntax : SyntaxNode
{
    public ObjectPropertySyntax(SyntaxElement key, SyntaxElement colon, SyntaxElement value)
    {
        Key = key;
        Colon = colon;
        Value = value;
    }

    public SyntaxElement Key { get; }

    public SyntaxElement Colon { get; }

    public SyntaxElement Value { get; }

    public override IEnumerable<SyntaxElement> Children
    {
        get
        {
            yield return Key;
            yield return Colon;
            yield return Value;
        }
    }
}
