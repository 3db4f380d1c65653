using System.Collections.Immutable;
using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>using 'main.bicep'</c> (or <c>using none</c>) in a <c>.bicepparam</c> file, optionally <c>with { … }</c>.</summary>
public sealed class UsingDeclarationSyntax(
    ImmutableArray<SyntaxElement> leadingNodes,
    Token keyword,
    SyntaxElement path,
    SyntaxElement? withClause)
    : StatementSyntax(leadingNodes)
{
    public Token Keyword { get; } = keyword;

    public SyntaxElement Path { get; } = path;

    public SyntaxElement? WithClause { get; } = withClause;

    public override IEnumerable<SyntaxElement> Children => Present([.. LeadingNodes, Keyword, Path, WithClause]);
}
