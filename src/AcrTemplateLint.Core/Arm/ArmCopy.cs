using AcrTemplateLint.Arm.Json;
using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Evaluation.Expressions;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Arm;

/// <summary>
/// One copy element as written: { "name", "count", "input" } for property and variable iteration, { "name",
/// "count", "mode", "batchSize" } on a resource, { "count", "input" } on an output.
/// </summary>
internal sealed record ArmCopy(string Name, SourceLocation NameLocation, JsonNode Count, JsonNode? Input, SourceLocation Location)
{
    /// <summary>True for a "copy" array that holds property-iteration loops (and not some property called copy).</summary>
    public static bool IsPropertyIteration(JsonProperty property) =>
        property.Name.Value.Equals("copy", StringComparison.OrdinalIgnoreCase)
        && property.Value is JsonArray { Items.IsEmpty: false } loops
        && loops.Items.All(item => item is JsonObject loop && loop.GetProperty("name") is not null && loop.GetProperty("input") is not null);

    public static ArmCopy? Read(SourceFile file, JsonNode node, DiagnosticBag diagnostics, bool requireName = true, bool requireInput = false)
    {
        var location = new SourceLocation(file, node.Span);
        if (node is not JsonObject copy)
        {
            diagnostics.Add(ArmDiagnostics.InvalidCopy(location, "a copy element must be an object"));
            return null;
        }

        var name = copy.GetProperty("name");
        if (requireName && name?.Value is not JsonString)
        {
            diagnostics.Add(ArmDiagnostics.InvalidCopy(location, "a copy loop needs a \"name\" string"));
            return null;
        }

        if (copy["count"] is not { } count)
        {
            diagnostics.Add(ArmDiagnostics.InvalidCopy(location, "a copy loop needs a \"count\""));
            return null;
        }

        var input = copy["input"];
        if (requireInput && input is null)
        {
            diagnostics.Add(ArmDiagnostics.InvalidCopy(location, "a property or variable copy loop needs an \"input\""));
            return null;
        }

        return name?.Value is JsonString text
            ? new ArmCopy(text.Value, new SourceLocation(file, text.Span), count, input, location)
            : new ArmCopy("", location, count, input, location);
    }

    /// <summary>The loop as an array-valued expression; <paramref name="lower"/> turns JSON into IR.</summary>
    public CopyExpression ToExpression(Func<JsonNode, Expression> lower) =>
        new(Name, lower(Count), Input is null ? new LiteralExpression(new Evaluation.Values.NullValue(), Location) : lower(Input), Location);
}
