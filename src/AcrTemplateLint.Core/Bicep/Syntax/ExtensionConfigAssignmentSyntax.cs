using System.Collections.Immutable;
using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>extensionConfig alias with { … }</c> in a <c>.bicepparam</c> file.</summary>
public sealed class ExtensionConfigAssignmentSyntax(
    ImmutableArray<SyntaxElement> leadingNodes,
    Token keyword,
    IdentifierSyntax name,
    SyntaxElement withClause)
    : StatementSyntax(leadingNodes)
{
    public Token Keyword { get; } = keyword;

    public IdentifierSyntax Name { get; } = name;

    public SyntaxElement WithClause { get; } = withClause;

    public override IEnumerable<SyntaxElement> Children => [.. LeadingNodes, Keyword, Name, WithClause];
}
