namespace AcrTemplateLint.Bicep.Lexing;

/// <summary>What a piece of trivia is. Line breaks are never trivia: they are <see cref="TokenKind.NewLine"/> tokens.</summary>
public enum TriviaKind
{
    /// <summary>Spaces and tabs (and a byte order mark at the very start of the file).</summary>
    Whitespace,
    SingleLineComment,
    MultiLineComment,

    /// <summary>A <c>#disable-next-line</c>, <c>#disable-diagnostics</c> or <c>#restore-diagnostics</c> directive.</summary>
    DiagnosticsPragma,
}
