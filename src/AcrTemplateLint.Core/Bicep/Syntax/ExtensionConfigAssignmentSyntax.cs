using System.Collections.Immutable;
using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>extensionConfig alias with { … }</c> in a <c>.bicepparam</c> file.</summary>
public sealed class ExtensionConfigAssignmentSyntax : StatementSyntax
{
    public ExtensionConfigAssignmentSyntax(
        ImmutableArray<SyntaxElement> leadingNodes,
        Token keyword,
        IdentifierSyntax name,
        SyntaxElement withClause)
        : base(leadingNodes)
    {
        Keyword = keyword;
        Name = name;
        WithClause = withClause;
    }

    public Token Keyword { get; }

    public IdentifierSyntax Name { get; }

    public SyntaxElement WithClause { get; }

    public override IEnumerable<SyntaxElement> Children
    {
        get
        {
            foreach (var node in LeadingNodes)
            {
                yield return node;
            }

            yield return Keyword;
            yield return Name;
            yield return WithClause;
        }
    }
}
