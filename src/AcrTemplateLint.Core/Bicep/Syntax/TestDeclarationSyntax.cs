using System.Collections.Immutable;
using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>test name 'path' = { … }</c> (Bicep's experimental test framework).</summary>
public sealed class TestDeclarationSyntax(
    ImmutableArray<SyntaxElement> leadingNodes,
    Token keyword,
    IdentifierSyntax name,
    SyntaxElement path,
    SyntaxElement assignment,
    SyntaxElement value)
    : StatementSyntax(leadingNodes)
{
    public Token Keyword { get; } = keyword;

    public IdentifierSyntax Name { get; } = name;

    public SyntaxElement Path { get; } = path;

    public SyntaxElement Assignment { get; } = assignment;

    public SyntaxElement Value { get; } = value;

    public override IEnumerable<SyntaxElement> Children => [.. LeadingNodes, Keyword, Name, Path, Assignment, Value];
}
