using AcrTemplateLint.Text;

namespace AcrTemplateLint.Rules.Policy;

/// <summary>A file to read policies from; one named explicitly must be a policy, one found in a folder may be anything.</summary>
public sealed record PolicyFile(SourceFile File, bool Explicit);
