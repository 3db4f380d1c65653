using System.Collections.Immutable;
using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>x => body</c> or <c>(x, y) => body</c>.</summary>
public sealed class LambdaSyntax(SyntaxElement variables, Token arrow, ImmutableArray<Token> newLines, SyntaxElement body) : SyntaxNode
{
    public SyntaxElement Variables { get; } = variables;

    public Token Arrow { get; } = arrow;

    public ImmutableArray<Token> NewLines { get; } = newLines;

    public SyntaxElement Body { get; } = body;

    public override IEnumerable<SyntaxElement> Children => [Variables, Arrow, .. NewLines, Body];
}
