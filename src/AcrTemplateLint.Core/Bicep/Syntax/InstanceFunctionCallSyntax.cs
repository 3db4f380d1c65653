using System.Collections.Immutable;
using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>base.name(arguments)</c>: a namespaced call (<c>sys.concat(…)</c>) or a resource method (<c>kv.getSecret(…)</c>).</summary>
public sealed class InstanceFunctionCallSyntax(
    SyntaxElement baseExpression,
    Token dot,
    IdentifierSyntax name,
    Token openParen,
    ImmutableArray<SyntaxElement> items,
    SyntaxElement closeParen)
    : SyntaxNode
{
    public SyntaxElement BaseExpression { get; } = baseExpression;

    public Token Dot { get; } = dot;

    public IdentifierSyntax Name { get; } = name;

    public Token OpenParen { get; } = openParen;

    public ImmutableArray<SyntaxElement> Items { get; } = items;

    public SyntaxElement CloseParen { get; } = closeParen;

    public IEnumerable<FunctionArgumentSyntax> Arguments => Items.OfType<FunctionArgumentSyntax>();

    public override IEnumerable<SyntaxElement> Children => [BaseExpression, Dot, Name, OpenParen, .. Items, CloseParen];
}
