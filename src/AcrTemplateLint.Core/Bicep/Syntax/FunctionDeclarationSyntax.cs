using System.Collections.Immutable;
using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>func name(a type, …) returnType => body</c>.</summary>
public sealed class FunctionDeclarationSyntax(
    ImmutableArray<SyntaxElement> leadingNodes,
    Token keyword,
    IdentifierSyntax name,
    SyntaxElement lambda)
    : StatementSyntax(leadingNodes)
{
    public Token Keyword { get; } = keyword;

    public IdentifierSyntax Name { get; } = name;

    public SyntaxElement Lambda { get; } = lambda;

    public override IEnumerable<SyntaxElement> Children => [.. LeadingNodes, Keyword, Name, Lambda];
}
