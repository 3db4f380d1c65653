using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>as name</c>.</summary>
public sealed class AliasClauseSyntax : SyntaxNode
{
    public AliasClauseSyntax(Token keyword, IdentifierSyntax name)
    {
        Keyword = keyword;
        Name = name;
    }

    public Token Keyword { get; }

    public IdentifierSyntax Name { get; }

    public override IEnumerable<SyntaxElement> Children
    {
        get
        {
            yield return Keyword;
            yield return Name;
        }
    }
}
