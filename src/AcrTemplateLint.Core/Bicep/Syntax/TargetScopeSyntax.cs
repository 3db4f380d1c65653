using System.Collections.Immutable;
using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>targetScope = 'subscription'</c>.</summary>
public sealed class TargetScopeSyntax : StatementSyntax
{
    public TargetScopeSyntax(ImmutableArray<SyntaxElement> leadingNodes, Token keyword, SyntaxElement assignment, SyntaxElement value)
        : base(leadingNodes)
    {
        Keyword = keyword;
        Assignment = assignment;
        Value = value;
    }

    public Token Keyword { get; }

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
            yield return Assignment;
            yield return Value;
        }
    }
}
