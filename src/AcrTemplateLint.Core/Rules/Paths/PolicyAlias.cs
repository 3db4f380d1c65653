namespace AcrTemplateLint.Rules.Paths;

/// <summary>
/// The Azure Policy alias a field path was mapped from. <see cref="ResourceType"/> is the type the alias belongs to
/// (null for type-independent fields such as location or tags); on a resource of another type the alias reads
/// nothing, as in Azure Policy. <see cref="LiveOnly"/>, when set, says why a template cannot hold the value: the
/// property is read-only state that only the deployed resource has. A path with an alias resolves in alias mode
/// (see FieldResolver).
/// </summary>
public sealed record PolicyAlias(string Name, string? ResourceType, string? LiveOnly);
