using System.Collections.Immutable;
using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>using 'main.bicep'</c> (or <c>using none</c>) in a <c>.bicepparam</c> file, optionally <c>with { … }</c>.</summary>
public sealed class UsingDeclarationSyntax : StatementSyntax
{
    public UsingDeclarationSyntax(ImmutableArray<SyntaxElement> leadingNodes, Token keyword, SyntaxElement path, SyntaxElement? withClause)
        : base(leadingNodes)
    {
        Keyword = keyword;
        Path = path;
        WithClause = withClause;
    }

    public Token Keyword { get; }

    public SyntaxElement Path { get; }

    public SyntaxElement? WithClause { get; }

    public override IEnumerable<SyntaxElement> Children
    {
        get
        {
            foreach (var node in LeadingNodes)
            {
                yield return node;
            }

            yield return Keyword;
            yield return Path;

            if (WithClause is not null)
            {
                yield return WithClause;
            }
        }
    }
}
