using System.Collections.Immutable;
using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>resource name 'type@version' [existing] = body</c>, where the body is an object, an <c>if</c> condition or a <c>for</c> loop.</summary>
public sealed class ResourceDeclarationSyntax : StatementSyntax
{
    public ResourceDeclarationSyntax(
        ImmutableArray<SyntaxElement> leadingNodes,
        Token keyword,
        IdentifierSyntax name,
        SyntaxElement type,
        Token? existingKeyword,
        SyntaxElement assignment,
        ImmutableArray<Token> newLines,
        SyntaxElement value)
        : base(leadingNodes)
    {
        Keyword = keyword;
        Name = name;
        Type = type;
        ExistingKeyword = existingKeyword;
        Assignment = assignment;
        NewLines = newLines;
        Value = value;
    }

    public Token Keyword { get; }

    public IdentifierSyntax Name { get; }

    public SyntaxElement Type { get; }

    public Token? ExistingKeyword { get; }

    public SyntaxElement Assignment { get; }

    public ImmutableArray<Token> NewLines { get; }

    public SyntaxElement Value { get; }

    public bool IsExisting => ExistingKeyword is not null;

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
            yield return Type;

            if (ExistingKeyword is not null)
            {
                yield return ExistingKeyword;
            }

            yield return Assignment;

            foreach (var item in NewLines)
            {
                yield return item;
            }

            yield return Value;
        }
    }
}
