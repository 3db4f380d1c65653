using System.Collections.Immutable;
using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>output name type = value</c>; the type may be <c>resource</c> with an optional type string.</summary>
public sealed class OutputDeclarationSyntax(
    ImmutableArray<SyntaxElement> leadingNodes,
    Token keyword,
    IdentifierSyntax name,
    SyntaxElement type,
    SyntaxElement assignment,
    SyntaxElement value)
    : StatementSyntax(leadingNodes)
{
    public Token Keyword { get; } = keyword;

    public IdentifierSyntax Name { get; } = name;

    public SyntaxElement Type { get; } = type;

    public SyntaxElement Assignment { get; } = assignment;

    public SyntaxElement Value { get; } = value;

    public override IEnumerable<SyntaxElement> Children => [.. LeadingNodes, Keyword, Name, Type, Assignment, Value];
}
