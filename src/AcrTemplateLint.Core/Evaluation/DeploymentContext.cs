namespace AcrTemplateLint.Evaluation;

/// <summary>
/// The deployment a template would run in. acrlint never knows the real subscription or resource group, so these
/// are objects whose members are Unknown with a reason that says so; nothing is invented.
/// </summary>
public sealed record DeploymentContext(string TargetScope)
{
    public static DeploymentContext ResourceGroup { get; } = new("resourceGroup");
}
