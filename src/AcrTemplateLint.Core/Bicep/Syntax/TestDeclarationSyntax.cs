using System.Collections.Immutable;
using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>test name 'path' = { … }</c> (Bicep's experimental test framework).</summary>
public sealed class TestDeclarationSyntax : StatementSyntax
{
    public TestDeclarationSyntax(
        ImmutableArray<SyntaxElement> leadingNodes,
        Token keyword,
        IdentifierSyntax name,
        SyntaxElement path,
        SyntaxElement assignment,
        SyntaxElement value)
        : base(leadingNodes)
    {
        Keyword = keyword;
        Name = name;
        Path = path;
        Assignment = assignment;
        Value = value;
    }

    public Token Keyword { get; }

    public IdentifierSyntax Name { get; }

    public SyntaxElement Path { get; }

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
            yield return Path;
            yield return Assignment;
            yield return Value;
        }
    }
}
