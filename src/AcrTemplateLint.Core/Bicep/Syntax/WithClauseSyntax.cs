using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>with { … }</c> configuring an extension or a <c>using</c> declaration.</summary>
public sealed class WithClauseSyntax(Token keyword, SyntaxElement config) : SyntaxNode
{
    public Token Keyword { get; } = keyword;

    public SyntaxElement Config { get; } = config;

    public override IEnumerable<SyntaxElement> Children => [Keyword, Config];
}
