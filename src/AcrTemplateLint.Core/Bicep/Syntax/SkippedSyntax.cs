using System.Collections.Immutable;
using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary>
/// An error in the tree: the tokens (and partial nodes) the parser skipped while recovering, possibly none, with
/// the diagnostic that explains why. Keeping the tokens keeps the tree printable back to the source; an empty
/// skipped node marks where something was missing, at <paramref name="position"/>.
/// </summary>
public sealed class SkippedSyntax(ImmutableArray<SyntaxElement> elements, Diagnostic? diagnostic, int position) : SyntaxNode
{
    public ImmutableArray<SyntaxElement> Elements { get; } = elements;

    /// <summary>The parse error reported here; null when an earlier diagnostic already covers it.</summary>
    public Diagnostic? Diagnostic { get; } = diagnostic;

    public override IEnumerable<SyntaxElement> Children => Elements;

    private protected override TextSpan EmptySpan => new(position, 0);
}
