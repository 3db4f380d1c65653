using System.Collections.Immutable;
using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>param name = value</c> in a <c>.bicepparam</c> file.</summary>
public sealed class ParameterAssignmentSyntax(
    ImmutableArray<SyntaxElement> leadingNodes,
    Token keyword,
    IdentifierSyntax name,
    SyntaxElement assignment,
    SyntaxElement value)
    : StatementSyntax(leadingNodes)
{
    public Token Keyword { get; } = keyword;

    public IdentifierSyntax Name { get; } = name;

    public SyntaxElement Assignment { get; } = assignment;

    public SyntaxElement Value { get; } = value;

    public override IEnumerable<SyntaxElement> Children => [.. LeadingNodes, Keyword, Name, Assignment, Value];
}
