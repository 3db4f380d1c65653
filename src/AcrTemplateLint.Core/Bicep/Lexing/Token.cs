using System.Collections.Immutable;
using AcrTemplateLint.Bicep.Syntax;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Bicep.Lexing;

/// <summary>
/// A token with its span, its text and the trivia around it. Leading trivia is what precedes the token since the
/// previous token's trailing trivia; trailing trivia runs to the end of the line (never past a line break).
/// </summary>
public sealed class Token : SyntaxElement
{
    public Token(TokenKind kind, TextSpan span, string text, ImmutableArray<SyntaxTrivia> leadingTrivia, ImmutableArray<SyntaxTrivia> trailingTrivia)
    {
        Kind = kind;
        Span = span;
        Text = text;
        LeadingTrivia = leadingTrivia;
        TrailingTrivia = trailingTrivia;
    }

    public TokenKind Kind { get; }

    public override TextSpan Span { get; }

    public string Text { get; }

    public ImmutableArray<SyntaxTrivia> LeadingTrivia { get; }

    public ImmutableArray<SyntaxTrivia> TrailingTrivia { get; }

    /// <summary>True for an identifier spelled exactly like the keyword (Bicep keywords are case-sensitive).</summary>
    public bool IsKeyword(string keyword) => Kind == TokenKind.Identifier && Text == keyword;
}
