using System.Collections.Immutable;
using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>extends 'shared.bicepparam'</c> in a <c>.bicepparam</c> file.</summary>
public sealed class ExtendsDeclarationSyntax(
    ImmutableArray<SyntaxElement> leadingNodes,
    Token keyword,
    SyntaxElement path)
    : StatementSyntax(leadingNodes)
{
    public Token Keyword { get; } = keyword;

    public SyntaxElement Path { get; } = path;

    public override IEnumerable<SyntaxElement> Children => [.. LeadingNodes, Keyword, Path];
}
