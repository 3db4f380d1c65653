using System.Collections.Immutable;
using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary>An array literal, on one line (comma-separated) or several (one item per line).</summary>
public sealed class ArraySyntax : SyntaxNode
{
    public ArraySyntax(Token openBracket, ImmutableArray<SyntaxElement> items, SyntaxElement closeBracket)
    {
        OpenBracket = openBracket;
        Items = items;
        CloseBracket = closeBracket;
    }

    public Token OpenBracket { get; }

    public ImmutableArray<SyntaxElement> Items { get; }

    public SyntaxElement CloseBracket { get; }

    public override IEnumerable<SyntaxElement> Children
    {
        get
        {
            yield return OpenBracket;

            foreach (var item in Items)
            {
                yield return item;
            }

            yield return CloseBracket;
        }
    }
}
