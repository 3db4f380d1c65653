namespace AcrTemplateLint.Bicep.Parsing;

/// <summary>How a failed sub-parse is turned into a skipped node.</summary>
[Flags]
internal enum RecoveryFlags
{
    None = 0,

    /// <summary>Also skip the terminator itself (e.g. the line break after a broken declaration).</summary>
    ConsumeTerminator = 1 << 0,

    /// <summary>Keep the skipped tokens but report nothing: an earlier error at the same place already explains it.</summary>
    SuppressDiagnostics = 1 << 1,

    /// <summary>
    /// Report nothing if the part fails at its first token: the previous part's recovery stopped right there, so the
    /// failure only repeats that error. A failure further in is a new error and is reported.
    /// </summary>
    SuppressAtStart = 1 << 2,
}
