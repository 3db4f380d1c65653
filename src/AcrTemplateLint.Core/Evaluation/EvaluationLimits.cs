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

    /// <summary>
    /// Array items, object members and string characters one template may build in all, by functions and literals
    /// (counted with <see cref="Values.Value.Size"/>): a chain of variables that each double the last (concat, string,
    /// base64…) outgrows memory in a few dozen steps, each of them within every other limit. Every template of the
    /// shared corpus builds less than a quarter of this.
    /// </summary>
    public const long MaxBuiltSize = 8_000_000;

    /// <summary>
    /// The size (<see cref="Values.Value.Size"/>) of one value: a larger one becomes Unknown where it is built, and
    /// the values around it are still built.
    /// </summary>
    public const long MaxValueSize = 1_000_000;

    /// <summary>Nested deployments (inline or linked) inside one another.</summary>
    public const int MaxDeploymentDepth = 32;
}
