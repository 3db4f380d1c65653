using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>* as alias</c> after <c>import</c>.</summary>
public sealed class WildcardImportSyntax(Token asterisk, SyntaxElement alias) : SyntaxNode
{
    public Token Asterisk { get; } = asterisk;

    public SyntaxElement Alias { get; } = alias;

    public override IEnumerable<SyntaxElement> Children => [Asterisk, Alias];
}
