using System.Collections.Immutable;
using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>assert name = condition</c>.</summary>
public sealed class AssertDeclarationSyntax : StatementSyntax
{
    public AssertDeclarationSyntax(
        ImmutableArray<SyntaxElement> leadingNodes,
        Token keyword,
        IdentifierSyntax name,
        SyntaxElement assignment,
        SyntaxElement value)
        : base(leadingNodes)
    {
        Keyword = keyword;
        Name = name;
        Assignment = assignment;
        Value = value;
    }

    public Token Keyword { get; }

    public IdentifierSyntax Name { get; }

    public SyntaxElement Assignment { get; }

    public SyntaxElement Value { get; }

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
            yield return Assignment;
            yield return Value;
        }
    }
}
