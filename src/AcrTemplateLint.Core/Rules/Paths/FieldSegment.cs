namespace AcrTemplateLint.Rules.Paths;

/// <summary>A property name, or [*] for every element of an array.</summary>
public sealed record FieldSegment(string Name, bool IsWildcard)
{
    public static FieldSegment Wildcard { get; } = new("*", true);

    public static FieldSegment Property(string name) => new(name, false);

    public bool Equals(FieldSegment? other) =>
        other is not null && IsWildcard == other.IsWildcard && string.Equals(Name, other.Name, StringComparison.OrdinalIgnoreCase);

    public override int GetHashCode() => HashCode.Combine(IsWildcard, StringComparer.OrdinalIgnoreCase.GetHashCode(Name));
}
