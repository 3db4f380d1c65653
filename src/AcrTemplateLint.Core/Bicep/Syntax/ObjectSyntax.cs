using System.Collections.Immutable;
using AcrTemplateLint.Bicep.Lexing;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary>An object literal, on one line (comma-separated) or several (one item per line).</summary>
public sealed class ObjectSyntax(Token openBrace, ImmutableArray<SyntaxElement> items, SyntaxElement closeBrace) : SyntaxNode
{
    public Token OpenBrace { get; } = openBrace;

    public ImmutableArray<SyntaxElement> Items { get; } = items;

    public SyntaxElement CloseBrace { get; } = closeBrace;

    /// <summary>The properties that parsed; spreads and nested resources are in <see cref="Items"/> too.</summary>
    public IEnumerable<ObjectPropertySyntax> Properties => Items.OfType<ObjectPropertySyntax>();

    private protected override TextSpan ComputeSpan() => TextSpan.FromBounds(OpenBrace.Span.Start, CloseBrace.Span.End);

    public override IEnumerable<SyntaxElement> Children => [OpenBrace, .. Items, CloseBrace];
}
