using System.Collections.Immutable;
using System.Text;

namespace AcrTemplateLint.Evaluation.Values;

/// <summary>
/// A resource ID whose type and names are known but whose scope (subscription, resource group) usually is not:
/// resourceId('Microsoft.ContainerRegistry/registries', 'acr') in ARM, acr.id in Bicep. Keeping the structure lets
/// rules follow references (a private endpoint's privateLinkServiceId to its registry) without inventing the
/// subscription. <see cref="Scope"/> holds the scope arguments the template wrote, null for "the deployment's own
/// scope": for <see cref="ResourceIdKind.ResourceGroup"/> an array [resourceGroup] or [subscriptionId,
/// resourceGroup]; for Subscription [subscriptionId]; for ManagementGroup [managementGroupName]; for Extension the
/// ID of the resource the extension applies to. Names may be Unknown.
/// </summary>
/// <remarks>
/// Equality: <see cref="ValueEquality"/> compares two IDs by kind, type and names (ignoring case, as Azure Resource
/// Manager does for IDs) and scope; an ID whose text is fully known also equals that text as a string. An Unknown
/// part makes the comparison undecided. <see cref="RefersToSameResource"/> is the looser question rules ask: it also
/// treats two Unknown parts as the same when they depend on the same thing (one parameter used twice).
/// </remarks>
public sealed record ResourceIdValue(string ResourceType, ImmutableArray<Value> Names, Value? Scope) : Value
{
    public ResourceIdKind Kind { get; init; } = ResourceIdKind.ResourceGroup;

    public override string TypeName => "string";

    /// <summary>The last name segment, e.g. the registry name of a registries/tasks ID.</summary>
    public Value LastName => Names.IsEmpty ? new UnknownValue("a resource ID without a name", Origin) : Names[^1];

    /// <summary>The ID as text when everything in it is known; null otherwise.</summary>
    public string? TryFormat()
    {
        if (TryFormatScope() is not { } prefix || Names.Any(n => n is not StringValue))
        {
            return null;
        }

        var types = ResourceType.Split('/');
        var path = new StringBuilder(prefix).Append("/providers/").Append(types[0]);
        for (var i = 1; i < types.Length; i++)
        {
            path.Append('/').Append(types[i]).Append('/').Append(i - 1 < Names.Length ? ((StringValue)Names[i - 1]).Value : "");
        }

        return path.ToString();
    }

    /// <summary>
    /// True when both IDs certainly name the same resource, false when a known part differs, null when an Unknown
    /// part decides. Unknown parts that depend on the same declaration for the same reason count as equal.
    /// </summary>
    public bool? RefersToSameResource(ResourceIdValue other)
    {
        if (Kind != other.Kind || !string.Equals(ResourceType, other.ResourceType, StringComparison.OrdinalIgnoreCase)
            || Names.Length != other.Names.Length)
        {
            return false;
        }

        var result = (bool?)true;
        for (var i = 0; i < Names.Length && result != false; i++)
        {
            result = And(result, SamePart(Names[i], other.Names[i]));
        }

        // A scope the template leaves implicit is the deployment's own, which an explicit scope may or may not be.
        if (result == false || (Scope is null && other.Scope is null))
        {
            return result;
        }

        return Scope is null || other.Scope is null ? null : And(result, SamePart(Scope, other.Scope));
    }

    private static bool? SamePart(Value a, Value b)
    {
        if (a is UnknownValue x && b is UnknownValue y)
        {
            return x.Reason == y.Reason && x.DependsOn == y.DependsOn ? true : null;
        }

        return ValueEquality.TryEqual(a, b, StringComparison.OrdinalIgnoreCase);
    }

    private static bool? And(bool? a, bool? b) => a == false || b == false ? false : a == true && b == true ? true : null;

    private string? TryFormatScope()
    {
        var scope = Scope is ArrayValue array ? array.Items : [];
        string? Text(int index) => index < scope.Length ? ValueText.TryGetString(scope[index]) : null;
        return Kind switch
        {
            ResourceIdKind.Tenant => "",
            ResourceIdKind.Subscription when scope.Length == 1 && Text(0) is { } sub => $"/subscriptions/{sub}",
            ResourceIdKind.ResourceGroup when scope.Length == 2 && Text(0) is { } sub && Text(1) is { } group =>
                $"/subscriptions/{sub}/resourceGroups/{group}",
            ResourceIdKind.ManagementGroup when scope.Length == 1 && Text(0) is { } group =>
                $"/providers/Microsoft.Management/managementGroups/{group}",
            ResourceIdKind.Extension when Scope is not null && ValueText.TryGetString(Scope) is { } parent => parent.TrimEnd('/'),
            _ => null,
        };
    }
}

/// <summary>Which function built a resource ID, which decides what its scope means.</summary>
public enum ResourceIdKind
{
    /// <summary>resourceId(): a resource in a resource group.</summary>
    ResourceGroup,

    /// <summary>subscriptionResourceId().</summary>
    Subscription,

    /// <summary>tenantResourceId(): the ID starts with /providers.</summary>
    Tenant,

    /// <summary>managementGroupResourceId().</summary>
    ManagementGroup,

    /// <summary>extensionResourceId(): a resource that extends another one (a lock, a role assignment).</summary>
    Extension,
}
