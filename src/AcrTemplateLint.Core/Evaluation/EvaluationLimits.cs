namespace AcrTemplateLint.Evaluation;

/// <summary>
/// Azure Resource Manager's own limits, enforced before anything is allocated: a template that exceeds them would
/// fail to deploy, and honouring them keeps hostile input from exhausting memory.
/// </summary>
public static class EvaluationLimits
{
    /// <summary>Instances of one copy loop (resource, property, variable or output copy).</summary>
    public const int MaxCopyCount = 800;

    /// <summary>Items range() may return.</summary>
    public const int MaxRangeCount = 10_000;

    /// <summary>Characters a string function may build (padLeft, format…); ARM templates are at most 4 MB.</summary>
    public const int MaxStringLength = 4 * 1024 * 1024;

    /// <summary>
    /// Expressions one template may evaluate, all copies and lambdas included: nested loops multiply, and a template
    /// whose expansion is this large would exceed ARM's own template-size limits long before.
    /// </summary>
    public const int MaxEvaluationSteps = 2_000_000;

    /// <summary>Nested deployments (inline or linked) inside one another.</summary>
    public const int MaxDeploymentDepth = 32;
}
