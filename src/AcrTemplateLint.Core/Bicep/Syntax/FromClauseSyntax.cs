using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>from 'path'</c> ending an import.</summary>
public sealed class FromClauseSyntax : SyntaxNode
{
    public FromClauseSyntax(Token keyword, SyntaxElement path)
    {
        Keyword = keyword;
        Path = path;
    }

    public Token Keyword { get; }

    public SyntaxElement Path { get; }

    public override IEnumerable<SyntaxElement> Children
    {
        get
        {
            yield return Keyword;
            yield return Path;
        }
    }
}
