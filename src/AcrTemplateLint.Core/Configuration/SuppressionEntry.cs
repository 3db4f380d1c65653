using AcrTemplateLint.Text;

namespace AcrTemplateLint.Configuration;

/// <summary>
/// A repository-wide suppression: rule <see cref="RuleId"/> on files matching <see cref="PathGlob"/> (and, when
/// given, on resources whose identity or name matches <see cref="Resource"/>), with a required justification and an
/// optional expiry after which it stops suppressing and is reported.
/// </summary>
public sealed record SuppressionEntry(string RuleId, string PathGlob, string? Resource, string Justification, DateOnly? Expires, SourceLocation Location);
