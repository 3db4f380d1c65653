using AcrTemplateLint.Evaluation;

namespace AcrTemplateLint.Analysis;

/// <summary>One entry template evaluated with one parameter set (null: its own defaults).</summary>
public sealed record AnalysisUnit(InputFile Template, InputFile? ParameterFile)
{
    public ParameterSet? Parameters { get; init; }
}
