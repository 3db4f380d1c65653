using AcrTemplateLint.Text;

namespace AcrTemplateLint.Evaluation.Values;

/// <summary>One step a value took between its definition and its use, e.g. "parameter 'sku' declared here".</summary>
public sealed record Hop(string Description, SourceLocation Location);
