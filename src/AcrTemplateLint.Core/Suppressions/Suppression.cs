using AcrTemplateLint.Text;

namespace AcrTemplateLint.Suppressions;

/// <summary>
/// The reason a finding is not reported: where the suppression is written, why, and until when.
/// </summary>
public sealed record Suppression(SuppressionKind Kind, string Justification, SourceLocation? Location, string? Source = null)
{
    public DateOnly? Expires { get; init; }
}
