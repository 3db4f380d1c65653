using System.Collections.Immutable;
using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary><c>'a' | 'b' | …</c>, with an optional leading <c>|</c> and line breaks before each <c>|</c>.</summary>
public sealed class UnionTypeSyntax : SyntaxNode
{
    public UnionTypeSyntax(ImmutableArray<SyntaxElement> items)
    {
        Items = items;
    }

    public ImmutableArray<SyntaxElement> Items { get; }

    /// <summary>The member types, without the pipes and line breaks.</summary>
    public IEnumerable<SyntaxElement> Members => Items.Where(item => item is not Token);

    public override IEnumerable<SyntaxElement> Children
    {
        get
        {
            foreach (var item in Items)
            {
                yield return item;
            }
        }
    }
}
