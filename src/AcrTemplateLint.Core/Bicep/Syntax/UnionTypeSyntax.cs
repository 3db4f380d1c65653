using System.Collections.Immutable;
using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>'a' | 'b' | …</c>, with an optional leading <c>|</c> and line breaks before each <c>|</c>.</summary>
public sealed class UnionTypeSyntax(ImmutableArray<SyntaxElement> items) : SyntaxNode
{
    public ImmutableArray<SyntaxElement> Items { get; } = items;

    /// <summary>The member types, without the pipes and line breaks.</summary>
    public IEnumerable<SyntaxElement> Members => Items.Where(item => item is not Token);

    public override IEnumerable<SyntaxElement> Children => Items;
}
