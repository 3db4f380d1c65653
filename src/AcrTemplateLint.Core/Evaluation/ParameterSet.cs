using System.Collections.Immutable;
using AcrTemplateLint.Evaluation.Values;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Evaluation;

/// <summary>
/// Parameter values supplied from outside a template: an ARM parameters file, a .bicepparam file, or a module call.
/// <see cref="Name"/> is what reports call it (the file's display path).
/// </summary>
public sealed record ParameterSet(string Name, ImmutableDictionary<string, SuppliedParameter> Values)
{
    public static ImmutableDictionary<string, SuppliedParameter> EmptyValues { get; } =
        ImmutableDictionary.Create<string, SuppliedParameter>(StringComparer.OrdinalIgnoreCase);
}

/// <summary>One supplied value and where it was written.</summary>
public sealed record SuppliedParameter(string Name, Value Value, SourceLocation Location, string Description);
