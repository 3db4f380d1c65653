using System.Collections.Immutable;
using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>module name 'path' = body</c>, where the body is an object, an <c>if</c> condition or a <c>for</c> loop.</summary>
public sealed class ModuleDeclarationSyntax(
    ImmutableArray<SyntaxElement> leadingNodes,
    Token keyword,
    IdentifierSyntax name,
    SyntaxElement path,
    SyntaxElement assignment,
    ImmutableArray<Token> newLines,
    SyntaxElement value)
    : StatementSyntax(leadingNodes)
{
    public Token Keyword { get; } = keyword;

    public IdentifierSyntax Name { get; } = name;

    public SyntaxElement Path { get; } = path;

    public SyntaxElement Assignment { get; } = assignment;

    public ImmutableArray<Token> NewLines { get; } = newLines;

    public SyntaxElement Value { get; } = value;

    public override IEnumerable<SyntaxElement> Children =>
        [.. LeadingNodes, Keyword, Name, Path, Assignment, .. NewLines, Value];
}
