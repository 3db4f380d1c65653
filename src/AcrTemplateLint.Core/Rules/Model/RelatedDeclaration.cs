namespace AcrTemplateLint.Rules.Model;

/// <summary>
/// A named set of resources related to the one being checked, usable in `related:` and `count:` conditions.
/// </summary>
public sealed record RelatedDeclaration(string Name, RelationKind Kind, string? Type, string? GroupId);

public enum RelationKind
{
    /// <summary>The parent resource (a task's registry), wherever it is declared in the analysed files.</summary>
    Parent,

    /// <summary>Child resources of <see cref="RelatedDeclaration.Type"/> (a registry's agent pools).</summary>
    Children,

    /// <summary>Private endpoints whose privateLinkServiceId resolves to this resource (optionally with a groupId).</summary>
    PrivateEndpoints,
}
