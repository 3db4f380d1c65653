using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>resource 'type@version'</c> as the type of a parameter or output (an output may omit the string).</summary>
public sealed class ResourceTypeSyntax(Token keyword, SyntaxElement? type) : SyntaxNode
{
    public Token Keyword { get; } = keyword;

    public SyntaxElement? Type { get; } = type;

    public override IEnumerable<SyntaxElement> Children => Present([Keyword, Type]);
}
