using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>* as alias</c> after <c>import</c>.</summary>
public sealed class WildcardImportSyntax : SyntaxNode
{
    public WildcardImportSyntax(Token asterisk, SyntaxElement alias)
    {
        Asterisk = asterisk;
        Alias = alias;
    }

    public Token Asterisk { get; }

    public SyntaxElement Alias { get; }

    public override IEnumerable<SyntaxElement> Children
    {
        get
        {
            yield return Asterisk;
            yield return Alias;
        }
    }
}
