using System.Collections.Immutable;
using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>module name 'path' = body</c>, where the body is an object, an <c>if</c> condition or a <c>for</c> loop.</summary>
public sealed class ModuleDeclarationSyntax : StatementSyntax
{
    public ModuleDeclarationSyntax(
        ImmutableArray<SyntaxElement> leadingNodes,
        Token keyword,
        IdentifierSyntax name,
        SyntaxElement path,
        SyntaxElement assignment,
        ImmutableArray<Token> newLines,
        SyntaxElement value)
        : base(leadingNodes)
    {
        Keyword = keyword;
        Name = name;
        Path = path;
        Assignment = assignment;
        NewLines = newLines;
        Value = value;
    }

    public Token Keyword { get; }

    public IdentifierSyntax Name { get; }

    public SyntaxElement Path { get; }

    public SyntaxElement Assignment { get; }

    public ImmutableArray<Token> NewLines { get; }

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

            foreach (var item in NewLines)
            {
                yield return item;
            }

            yield return Value;
        }
    }
}
