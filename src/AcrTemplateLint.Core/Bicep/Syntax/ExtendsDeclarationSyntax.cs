using System.Collections.Immutable;
using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>extends 'shared.bicepparam'</c> in a <c>.bicepparam</c> file.</summary>
public sealed class ExtendsDeclarationSyntax : StatementSyntax
{
    public ExtendsDeclarationSyntax(ImmutableArray<SyntaxElement> leadingNodes, Token keyword, SyntaxElement path)
        : base(leadingNodes)
    {
        Keyword = keyword;
        Path = path;
    }

    public Token Keyword { get; }

    public SyntaxElement Path { get; }

    public override IEnumerable<SyntaxElement> Children
    {
        get
        {
            foreach (var node in LeadingNodes)
            {
                yield return node;
            }

            yield return Keyword;
            yield return Path;
        }
    }
}
