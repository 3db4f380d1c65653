using System.Collections.Immutable;

namespace AcrTemplateLint.Evaluation.Values;

/// <summary>
/// A resource ID whose type and names are known but whose scope (subscription, resource group) usually is not:
/// resourceId('Microsoft.ContainerRegistry/registries', 'acr') in ARM, acr.id in Bicep. Keeping the structure lets
/// rules follow references (a private endpoint's privateLinkServiceId to its registry) without inventing the
/// subscription. <see cref="Scope"/> is null for "the deployment's own scope".
/// </summary>
public sealed record ResourceIdValue(string ResourceType, ImmutableArray<Value> Names, Value? Scope) : Value
{
    public override string TypeName => "string";

    /// <summary>The ID as text when everything in it is known; null otherwise.</summary>
    public string? TryFormat()
    {
        if (Scope is not null || Names.Any(n => n is not StringValue))
        {
            return null;
        }

        var types = ResourceType.Split('/');
        var path = $"/providers/{types[0]}";
        for (var i = 1; i < types.Length; i++)
        {
            path += $"/{types[i]}/{(i - 1 < Names.Length ? ((StringValue)Names[i - 1]).Value : "")}";
        }

        return path;
    }
}
