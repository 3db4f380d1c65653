using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>= value</c> after a parameter's type.</summary>
public sealed class ParameterDefaultValueSyntax(Token assignment, SyntaxElement value) : SyntaxNode
{
    public Token Assignment { get; } = assignment;

    public SyntaxElement Value { get; } = value;

    public override IEnumerable<SyntaxElement> Children => [Assignment, Value];
}
