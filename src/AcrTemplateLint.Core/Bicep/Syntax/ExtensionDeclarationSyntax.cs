using System.Collections.Immutable;
using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>extension spec [with { … }] [as alias]</c>; also the legacy <c>import 'spec'</c> form.</summary>
public sealed class ExtensionDeclarationSyntax(
    ImmutableArray<SyntaxElement> leadingNodes,
    Token keyword,
    SyntaxElement specification,
    SyntaxElement? withClause,
    SyntaxElement? asClause)
    : StatementSyntax(leadingNodes)
{
    public Token Keyword { get; } = keyword;

    public SyntaxElement Specification { get; } = specification;

    public SyntaxElement? WithClause { get; } = withClause;

    public SyntaxElement? AsClause { get; } = asClause;

    public override IEnumerable<SyntaxElement> Children =>
        Present([.. LeadingNodes, Keyword, Specification, WithClause, AsClause]);
}
