using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>from 'path'</c> ending an import.</summary>
public sealed class FromClauseSyntax(Token keyword, SyntaxElement path) : SyntaxNode
{
    public Token Keyword { get; } = keyword;

    public SyntaxElement Path { get; } = path;

    public override IEnumerable<SyntaxElement> Children => [Keyword, Path];
}
