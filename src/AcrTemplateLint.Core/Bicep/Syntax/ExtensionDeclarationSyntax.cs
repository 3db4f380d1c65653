using System.Collections.Immutable;
using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>extension spec [with { … }] [as alias]</c>; also the legacy <c>import 'spec'</c> form.</summary>
public sealed class ExtensionDeclarationSyntax : StatementSyntax
{
    public ExtensionDeclarationSyntax(
        ImmutableArray<SyntaxElement> leadingNodes,
        Token keyword,
        SyntaxElement specification,
        SyntaxElement? withClause,
        SyntaxElement? asClause)
        : base(leadingNodes)
    {
        Keyword = keyword;
        Specification = specification;
        WithClause = withClause;
        AsClause = asClause;
    }

    public Token Keyword { get; }

    public SyntaxElement Specification { get; }

    public SyntaxElement? WithClause { get; }

    public SyntaxElement? AsClause { get; }

    public override IEnumerable<SyntaxElement> Children
    {
        get
        {
            foreach (var node in LeadingNodes)
            {
                yield return node;
            }

            yield return Keyword;
            yield return Specification;

            if (WithClause is not null)
            {
                yield return WithClause;
            }

            if (AsClause is not null)
            {
                yield return AsClause;
            }
        }
    }
}
