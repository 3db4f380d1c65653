using AcrTemplateLint.Text;

namespace AcrTemplateLint.Graph;

/// <summary>A module or linked template acrlint does not follow (it never goes to the network); rules may depend on it.</summary>
public sealed record UnresolvedModule(string Reference, string Reason, SourceLocation Location);
