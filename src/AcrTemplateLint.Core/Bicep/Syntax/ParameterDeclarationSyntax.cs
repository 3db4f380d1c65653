using System.Collections.Immutable;
using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>param name type</c>, optionally with <c>= default</c>; the type may be <c>resource 'type@version'</c>.</summary>
public sealed class ParameterDeclarationSyntax : StatementSyntax
{
    public ParameterDeclarationSyntax(
        ImmutableArray<SyntaxElement> leadingNodes,
        Token keyword,
        IdentifierSyntax name,
        SyntaxElement type,
        SyntaxElement? modifier)
        : base(leadingNodes)
    {
        Keyword = keyword;
        Name = name;
        Type = type;
        Modifier = modifier;
    }

    public Token Keyword { get; }

    public IdentifierSyntax Name { get; }

    public SyntaxElement Type { get; }

    public SyntaxElement? Modifier { get; }

    /// <summary>The default value, when the declaration has one that parsed.</summary>
    public ParameterDefaultValueSyntax? DefaultValue => Modifier as ParameterDefaultValueSyntax;

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

            if (Modifier is not null)
            {
                yield return Modifier;
            }
        }
    }
}
