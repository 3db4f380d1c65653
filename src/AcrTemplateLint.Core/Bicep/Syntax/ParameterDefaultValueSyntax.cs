using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>= value</c> after a parameter's type.</summary>
public sealed class ParameterDefaultValueSyntax : SyntaxNode
{
    public ParameterDefaultValueSyntax(Token assignment, SyntaxElement value)
    {
        Assignment = assignment;
        Value = value;
    }

    public Token Assignment { get; }

    public SyntaxElement Value { get; }

    public override IEnumerable<SyntaxElement> Children
    {
        get
        {
            yield return Assignment;
            yield return Value;
        }
    }
}
