using System.Collections.Immutable;
using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary>A compile-time import: <c>import { a, b as c } from 'path'</c> or <c>import * as ns from 'path'</c>.</summary>
public sealed class ImportDeclarationSyntax : StatementSyntax
{
    public ImportDeclarationSyntax(
        ImmutableArray<SyntaxElement> leadingNodes,
        Token keyword,
        SyntaxElement target,
        SyntaxElement fromClause)
        : base(leadingNodes)
    {
        Keyword = keyword;
        Target = target;
        FromClause = fromClause;
    }

    public Token Keyword { get; }

    public SyntaxElement Target { get; }

    public SyntaxElement FromClause { get; }

    public override IEnumerable<SyntaxElement> Children
    {
        get
        {
            foreach (var node in LeadingNodes)
            {
                yield return node;
            }

            yield return Keyword;
            yield return Target;
            yield return FromClause;
        }
    }
}
