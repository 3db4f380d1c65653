namespace AcrTemplateLint.Suppressions;

/// <summary>Where a suppression was written: in the template itself, or outside it (config, baseline).</summary>
public enum SuppressionKind
{
    /// <summary>Bicep #disable-next-line / #disable-diagnostics, or ARM resource metadata.</summary>
    InSource,

    /// <summary>A `.acrlint.yaml` suppression entry.</summary>
    Config,

    /// <summary>An accepted finding in a baseline file.</summary>
    Baseline,
}
