using AcrTemplateLint.Evaluation.Values;

namespace AcrTemplateLint.Graph;

/// <summary>
/// One instance of a copy loop (ARM copy, Bicep for). When the count is unknown the loop keeps a single symbolic
/// instance whose <see cref="Index"/> is Unknown.
/// </summary>
public sealed record CopyInstance(string LoopName, Value Index, Value Count);
