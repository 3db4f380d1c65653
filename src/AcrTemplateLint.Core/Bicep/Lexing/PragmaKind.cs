namespace AcrTemplateLint.Bicep.Lexing;

/// <summary>The three suppression directives Bicep's linter understands; acrlint reads the same ones.</summary>
public enum PragmaKind
{
    /// <summary><c>#disable-next-line codes…</c>: suppresses the codes on the next line.</summary>
    DisableNextLine,

    /// <summary><c>#disable-diagnostics codes…</c>: suppresses the codes until a matching restore.</summary>
    DisableDiagnostics,

    /// <summary><c>#restore-diagnostics codes…</c>: ends an earlier disable.</summary>
    RestoreDiagnostics,
}
