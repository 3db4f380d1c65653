using System.Collections.Immutable;
using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary>A compile-time import: <c>import { a, b as c } from 'path'</c> or <c>import * as ns from 'path'</c>.</summary>
public sealed class ImportDeclarationSyntax(
    ImmutableArray<SyntaxElement> leadingNodes,
    Token keyword,
    SyntaxElement target,
    SyntaxElement fromClause)
    : StatementSyntax(leadingNodes)
{
    public Token Keyword { get; } = keyword;

    public SyntaxElement Target { get; } = target;

    public SyntaxElement FromClause { get; } = fromClause;

    public override IEnumerable<SyntaxElement> Children => [.. LeadingNodes, Keyword, Target, FromClause];
}
