using AcrTemplateLint.Text;

namespace AcrTemplateLint.Bicep.Lexing;

/// <summary>
/// Text between tokens that the grammar ignores: whitespace, comments and diagnostics pragmas. It keeps its exact
/// text and span, so printing tokens with their trivia reproduces the file.
/// </summary>
public sealed class SyntaxTrivia
{
    public SyntaxTrivia(TriviaKind kind, TextSpan span, string text, DiagnosticsPragma? pragma = null)
    {
        Kind = kind;
        Span = span;
        Text = text;
        Pragma = pragma;
    }

    public TriviaKind Kind { get; }

    public TextSpan Span { get; }

    public string Text { get; }

    /// <summary>The parsed directive when <see cref="Kind"/> is <see cref="TriviaKind.DiagnosticsPragma"/>.</summary>
    public DiagnosticsPragma? Pragma { get; }

    public override string ToString() => Text;
}
