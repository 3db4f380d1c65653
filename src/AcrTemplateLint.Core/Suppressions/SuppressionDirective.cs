using AcrTemplateLint.Text;

namespace AcrTemplateLint.Suppressions;

/// <summary>
/// A suppression written in a template. An ARM one (resource metadata) covers the findings on
/// <see cref="ResourceIdentity"/>; a Bicep one (#disable-next-line, #disable-diagnostics…#restore-diagnostics)
/// covers the findings whose location starts on <see cref="FirstLine"/>..<see cref="LastLine"/> (0-based) of its file.
/// </summary>
public sealed record SuppressionDirective(string RuleId, string Justification, SourceLocation Location)
{
    public string? ResourceIdentity { get; init; }

    public int FirstLine { get; init; } = -1;

    public int LastLine { get; init; } = -1;
}
