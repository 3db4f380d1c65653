using System.Collections.Immutable;
using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>resource name 'type@version' [existing] = body</c>, where the body is an object, an <c>if</c> condition or a <c>for</c> loop.</summary>
public sealed class ResourceDeclarationSyntax(
    ImmutableArray<SyntaxElement> leadingNodes,
    Token keyword,
    IdentifierSyntax name,
    SyntaxElement type,
    Token? existingKeyword,
    SyntaxElement assignment,
    ImmutableArray<Token> newLines,
    SyntaxElement value)
    : StatementSyntax(leadingNodes)
{
    public Token Keyword { get; } = keyword;

    public IdentifierSyntax Name { get; } = name;

    public SyntaxElement Type { get; } = type;

    public Token? ExistingKeyword { get; } = existingKeyword;

    public SyntaxElement Assignment { get; } = assignment;

    public ImmutableArray<Token> NewLines { get; } = newLines;

    public SyntaxElement Value { get; } = value;

    public bool IsExisting => ExistingKeyword is not null;

    public override IEnumerable<SyntaxElement> Children =>
        Present([.. LeadingNodes, Keyword, Name, Type, ExistingKeyword, Assignment, .. NewLines, Value]);
}
