using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>as name</c>.</summary>
public sealed class AliasClauseSyntax(Token keyword, IdentifierSyntax name) : SyntaxNode
{
    public Token Keyword { get; } = keyword;

    public IdentifierSyntax Name { get; } = name;

    public override IEnumerable<SyntaxElement> Children => [Keyword, Name];
}
