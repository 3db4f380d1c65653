namespace AcrTemplateLint.Bicep.Syntax;

/// <summary>One element of an array literal.</summary>
public sealed class ArrayItemSyntax : SyntaxNode
{
    public ArrayItemSyntax(SyntaxElement value)
    {
        Value = value;
    }

    public SyntaxElement Value { get; }

    public override IEnumerable<SyntaxElement> Children
    {
        get
        {
            yield return Value;
        }
    }
}
