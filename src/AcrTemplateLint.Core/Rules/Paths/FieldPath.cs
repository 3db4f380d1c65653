using System.Collections.Immutable;
using System.Text;

namespace AcrTemplateLint.Rules.Paths;

/// <summary>
/// A path into a resource body: properties.networkRuleSet.ipRules[*].value, tags['env']. Segments compare
/// ignoring case, as ARM property names do. A path mapped from an Azure Policy alias carries it in
/// <see cref="Alias"/>; equality compares segments only.
/// </summary>
public sealed class FieldPath : IEquatable<FieldPath>
{
    // Rules name the same paths on every resource they check: the text is computed once.
    private string? text;

    private FieldPath(ImmutableArray<FieldSegment> segments) => Segments = segments;

    public ImmutableArray<FieldSegment> Segments { get; }

    public PolicyAlias? Alias { get; private init; }

    public bool HasWildcard => Segments.Any(s => s.IsWildcard);

    public bool EndsWithWildcard => !Segments.IsEmpty && Segments[^1].IsWildcard;

    public bool StartsWith(FieldPath prefix) =>
        prefix.Segments.Length <= Segments.Length && Segments.Take(prefix.Segments.Length).SequenceEqual(prefix.Segments);

    /// <summary>Parses a path; returns null with a reason when it is malformed.</summary>
    public static FieldPath? TryParse(string text, out string? error)
    {
        var segments = ImmutableArray.CreateBuilder<FieldSegment>();
        var i = 0;
        error = null;
        while (i < text.Length)
        {
            if (text[i] == '[')
            {
                if (text.AsSpan(i).StartsWith("[*]"))
                {
                    segments.Add(FieldSegment.Wildcard);
                    i += 3;
                }
                else if (i + 1 < text.Length && text[i + 1] == '\'')
                {
                    var close = text.IndexOf("']", i + 2, StringComparison.Ordinal);
                    if (close < 0)
                    {
                        error = $"unterminated ['...'] at position {i + 1}";
                        return null;
                    }

                    segments.Add(FieldSegment.Property(text[(i + 2)..close]));
                    i = close + 2;
                }
                else
                {
                    error = $"expected [*] or ['key'] at position {i + 1}";
                    return null;
                }
            }
            else
            {
                var end = i;
                while (end < text.Length && text[end] != '.' && text[end] != '[')
                {
                    end++;
                }

                if (end == i)
                {
                    error = $"empty segment at position {i + 1}";
                    return null;
                }

                segments.Add(FieldSegment.Property(text[i..end]));
                i = end;
            }

            if (i < text.Length && text[i] == '.')
            {
                i++;
                if (i == text.Length)
                {
                    error = "the path ends with '.'";
                    return null;
                }
            }
        }

        if (segments.Count == 0)
        {
            error = "the path is empty";
            return null;
        }

        return new FieldPath(segments.ToImmutable());
    }

    /// <summary>The same path, read the way Azure Policy reads the alias it came from.</summary>
    public FieldPath WithAlias(PolicyAlias alias) => new(Segments) { Alias = alias };

    /// <summary>The path with a leading segment added (an alias's property path under "properties").</summary>
    public FieldPath Prepend(string segment) => new(Segments.Insert(0, FieldSegment.Property(segment))) { Alias = Alias };

    public static FieldPath Parse(string text) =>
        TryParse(text, out var error) ?? throw new FormatException($"Invalid field path '{text}': {error}");

    public bool Equals(FieldPath? other) => other is not null && Segments.SequenceEqual(other.Segments);

    public override bool Equals(object? obj) => Equals(obj as FieldPath);

    public override int GetHashCode() => Segments.Aggregate(0, (h, s) => HashCode.Combine(h, s));

    public override string ToString() => text ??= Format();

    private string Format()
    {
        var builder = new StringBuilder();
        foreach (var segment in Segments)
        {
            if (segment.IsWildcard)
            {
                builder.Append("[*]");
            }
            else if (segment.Name.Contains('.') || segment.Name.Contains(' '))
            {
                builder.Append("['").Append(segment.Name).Append("']");
            }
            else
            {
                if (builder.Length > 0)
                {
                    builder.Append('.');
                }

                builder.Append(segment.Name);
            }
        }

        return builder.ToString();
    }
}
