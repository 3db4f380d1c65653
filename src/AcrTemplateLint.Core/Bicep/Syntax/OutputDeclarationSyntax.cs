using System.Collections.Immutable;
using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>output name type = value</c>; the type may be <c>resource</c> with an optional type string.</summary>
public sealed class OutputDeclarationSyntax : StatementSyntax
{
    public OutputDeclarationSyntax(
        ImmutableArray<SyntaxElement> leadingNodes,
        Token keyword,
        IdentifierSyntax name,
        SyntaxElement type,
        SyntaxElement assignment,
        SyntaxElement value)
        : base(leadingNodes)
    {
        Keyword = keyword;
        Name = name;
        Type = type;
        Assignment = assignment;
        Value = value;
    }

    public Token Keyword { get; }

    public IdentifierSyntax Name { get; }

    public SyntaxElement Type { get; }

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
            yield return Type;
            yield return Assignment;
            yield return Value;
        }
    }
}
