using System.Collections.Immutable;
using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>targetScope = 'subscription'</c>.</summary>
public sealed class TargetScopeSyntax(
    ImmutableArray<SyntaxElement> leadingNodes,
    Token keyword,
    SyntaxElement assignment,
    SyntaxElement value)
    : StatementSyntax(leadingNodes)
{
    public Token Keyword { get; } = keyword;

    public SyntaxElement Assignment { get; } = assignment;

    public SyntaxElement Value { get; } = value;

    public override IEnumerable<SyntaxElement> Children => [.. LeadingNodes, Keyword, Assignment, Value];
}
