using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>with { … }</c> configuring an extension or a <c>using</c> declaration.</summary>
public sealed class WithClauseSyntax : SyntaxNode
{
    public WithClauseSyntax(Token keyword, SyntaxElement config)
    {
        Keyword = keyword;
        Config = config;
    }

    public Token Keyword { get; }

    public SyntaxElement Config { get; }

    public override IEnumerable<SyntaxElement> Children
    {
        get
        {
            yield return Keyword;
            yield return Config;
        }
    }
}
