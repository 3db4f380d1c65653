using AcrTemplateLint.Evaluation;

namespace AcrTemplateLint.Analysis;

/// <summary>A parameter file's values and, for a .bicepparam file, the template its using names.</summary>
internal sealed record ParameterFile(string Path, ParameterSet Set, string? Template);
