using AcrTemplateLint.Bicep.Lexing;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary>A name: an identifier token, or the <see cref="SkippedSyntax"/> found where a name was expected.</summary>
public sealed class IdentifierSyntax(SyntaxElement child) : SyntaxNode
{
    public SyntaxElement Child { get; } = child;

    public bool IsValid => Child is Token;

    /// <summary>The identifier's text; empty when the name is missing or malformed.</summary>
    public string Name => Child is Token token ? token.Text : "";

    public override IEnumerable<SyntaxElement> Children => [Child];

    // The one child's span, without listing the children: names are the most numerous nodes.
    public override TextSpan Span => Child.Span;
}
