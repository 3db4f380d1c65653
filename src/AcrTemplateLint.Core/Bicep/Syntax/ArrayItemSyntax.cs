namespace AcrTemplateLint.Bicep.Syntax;

/// <summary>One element of an array literal.</summary>
public sealed class ArrayItemSyntax(SyntaxElement value) : SyntaxNode
{
    public SyntaxElement Value { get; } = value;

    public override IEnumerable<SyntaxElement> Children => [Value];
}
