using System.Collections.Immutable;

namespace AcrTemplateLint.Bicep.Lexing;

/// <summary>
/// What a pragma trivia says: which directive, which codes, and the justification written after <c>//</c> on the same
/// line (null when there is none). The suppression pass reads this instead of re-parsing comment text.
/// </summary>
public sealed record DiagnosticsPragma(PragmaKind Kind, ImmutableArray<PragmaCode> Codes, string? Reason)
{
    public static string KeywordOf(PragmaKind kind) => kind switch
    {
        PragmaKind.DisableNextLine => "disable-next-line",
        PragmaKind.DisableDiagnostics => "disable-diagnostics",
        _ => "restore-diagnostics",
    };
}
