using AcrTemplateLint.Text;

namespace AcrTemplateLint.Bicep.Syntax;

/// <summary>
/// What a syntax tree is made of: a <see cref="Lexing.Token"/> (a leaf) or a <see cref="SyntaxNode"/>. Both know their
/// span; trivia is not part of it.
/// </summary>
public abstract class SyntaxElement
{
    private protected SyntaxElement()
    {
    }

    public abstract TextSpan Span { get; }

    /// <summary>The source text of the element with its trivia, exactly as written.</summary>
    public override string ToString() => SyntaxPrinter.Print(this);
}
