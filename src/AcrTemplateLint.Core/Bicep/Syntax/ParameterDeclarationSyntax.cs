using System.Collections.Immutable;
using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>param name type</c>, optionally with <c>= default</c>; the type may be <c>resource 'type@version'</c>.</summary>
public sealed class ParameterDeclarationSyntax(
    ImmutableArray<SyntaxElement> leadingNodes,
    Token keyword,
    IdentifierSyntax name,
    SyntaxElement type,
    SyntaxElement? modifier)
    : StatementSyntax(leadingNodes)
{
    public Token Keyword { get; } = keyword;

    public IdentifierSyntax Name { get; } = name;

    public SyntaxElement Type { get; } = type;

    public SyntaxElement? Modifier { get; } = modifier;

    /// <summary>The default value, when the declaration has one that parsed.</summary>
    public ParameterDefaultValueSyntax? DefaultValue => Modifier as ParameterDefaultValueSyntax;

    public override IEnumerable<SyntaxElement> Children => Present([.. LeadingNodes, Keyword, Name, Type, Modifier]);
}
