using System.Collections.Immutable;
using AcrTemplateLint.Bicep.Lexing;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary>An object literal, on one line (comma-separated) or several (one item per line).</summary>
public sealed class ObjectSyntax : SyntaxNode
{
    public ObjectSyntax(Token openBrace, ImmutableArray<SyntaxElement> items, SyntaxElement closeBrace)
    {
        OpenBrace = openBrace;
        Items = items;
        CloseBrace = closeBrace;
    }

    public Token OpenBrace { get; }

    public ImmutableArray<SyntaxElement> Items { get; }

    public SyntaxElement CloseBrace { get; }

    /// <summary>The properties that parsed; spreads and nested resources are in <see cref="Items"/> too.</summary>
    public IEnumerable<ObjectPropertySyntax> Properties => Items.OfType<ObjectPropertySyntax>();

    public override IEnumerable<SyntaxElement> Children
    {
        get
        {
            yield return OpenBrace;

            foreach (var item in Items)
            {
                yield return item;
            }

            yield return CloseBrace;
        }
    }
}
