using System.Collections.Immutable;
using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>(a type, …) returnType => body</c>: the signature and body of a <c>func</c>.</summary>
public sealed class TypedLambdaSyntax(
    SyntaxElement variables,
    SyntaxElement returnType,
    SyntaxElement arrow,
    ImmutableArray<Token> newLines,
    SyntaxElement body)
    : SyntaxNode
{
    public SyntaxElement Variables { get; } = variables;

    public SyntaxElement ReturnType { get; } = returnType;

    public SyntaxElement Arrow { get; } = arrow;

    public ImmutableArray<Token> NewLines { get; } = newLines;

    public SyntaxElement Body { get; } = body;

    public override IEnumerable<SyntaxElement> Children => [Variables, ReturnType, Arrow, .. NewLines, Body];
}
