using AcrTemplateLint.Evaluation.Values;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Graph;

/// <summary>How Azure Resource Manager names a child resource: its parent's full name, a slash, its own name.</summary>
public static class ResourceNames
{
    /// <summary>
    /// The full name of a resource whose own name is <paramref name="name"/> under <paramref name="parent"/> (null for
    /// a top-level resource). An Unknown part leaves the whole name Unknown, pointing at the resource's own name.
    /// </summary>
    public static Value Full(Value? name, Value? parent, SourceLocation declaration)
    {
        name ??= new UnknownValue("a resource without a name", declaration) { Origin = declaration };
        return (parent, name) switch
        {
            (null, _) => name,
            (StringValue p, StringValue n) => new StringValue($"{p.Value}/{n.Value}") { Origin = name.Origin, Trace = name.Trace },
            (UnknownValue u, _) => u with { Origin = name.Origin },
            _ => name,
        };
    }
}
