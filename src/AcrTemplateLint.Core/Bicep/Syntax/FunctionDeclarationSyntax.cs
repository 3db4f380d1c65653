using System.Collections.Immutable;
using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>func name(a type, …) returnType => body</c>.</summary>
public sealed class FunctionDeclarationSyntax : StatementSyntax
{
    public FunctionDeclarationSyntax(ImmutableArray<SyntaxElement> leadingNodes, Token keyword, IdentifierSyntax name, SyntaxElement lambda)
        : base(leadingNodes)
    {
        Keyword = keyword;
        Name = name;
        Lambda = lambda;
    }

    public Token Keyword { get; }

    public IdentifierSyntax Name { get; }

    public SyntaxElement Lambda { get; }

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
            yield return Lambda;
        }
    }
}
