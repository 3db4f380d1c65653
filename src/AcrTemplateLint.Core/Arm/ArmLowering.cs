using System.Collections.Immutable;
using AcrTemplateLint.Arm.Expressions;
using AcrTemplateLint.Arm.Json;
using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Evaluation.Expressions;
using AcrTemplateLint.Evaluation.Values;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Arm;

/// <summary>Turns a JSON template fragment into IR: literals stay literals, "[...]" strings become expressions.</summary>
public static class ArmLowering
{
    public static Expression Lower(SourceFile file, JsonNode node, DiagnosticBag diagnostics)
    {
        var location = new SourceLocation(file, node.Span);
        switch (node)
        {
            case JsonString s:
                return ArmExpressionParser.Lower(file, s, diagnostics);
            case JsonObject o:
                var properties = ImmutableArray.CreateBuilder<ObjectPropertyExpression>(o.Properties.Length);
                foreach (var property in o.Properties)
                {
                    if (ArmCopy.IsPropertyIteration(property))
                    {
                        AddCopies(file, (JsonArray)property.Value, properties, diagnostics);
                        continue;
                    }

                    properties.Add(new ObjectPropertyExpression(
                        new LiteralExpression(new StringValue(property.Name.Value), null),
                        Lower(file, property.Value, diagnostics),
                        new SourceLocation(file, property.Name.Span)));
                }

                return new ObjectExpression(properties.ToImmutable(), location);
            case JsonArray a:
                return new ArrayExpression([.. a.Items.Select(i => Lower(file, i, diagnostics))], location);
            default:
                return new LiteralExpression(ToValue(node) with { Origin = location }, location);
        }
    }

    // Property iteration: "copy": [{ "name": "disks", "count": 2, "input": {...} }] becomes "disks": [ ... ].
    private static void AddCopies(SourceFile file, JsonArray loops, ImmutableArray<ObjectPropertyExpression>.Builder properties, DiagnosticBag diagnostics)
    {
        foreach (var loop in loops.Items)
        {
            if (ArmCopy.Read(file, loop, diagnostics, requireInput: true) is { } copy)
            {
                var key = new LiteralExpression(new StringValue(copy.Name), copy.NameLocation);
                properties.Add(new ObjectPropertyExpression(key, copy.ToExpression(node => Lower(file, node, diagnostics)), copy.NameLocation));
            }
        }
    }

    /// <summary>A JSON literal as a value, without evaluating strings (parameter files hold no expressions).</summary>
    public static Value ToValue(SourceFile file, JsonNode node)
    {
        var location = new SourceLocation(file, node.Span);
        return node switch
        {
            JsonObject o => new ObjectValue([.. o.Properties.Select(p =>
                new ObjectEntry(p.Name.Value, ToValue(file, p.Value), new SourceLocation(file, p.Name.Span)))]) { Origin = location },
            JsonArray a => new ArrayValue([.. a.Items.Select(i => ToValue(file, i))]) { Origin = location },
            _ => ToValue(node) with { Origin = location },
        };
    }

    private static Value ToValue(JsonNode node) => node switch
    {
        JsonString s => new StringValue(s.Value),
        JsonNumber n when n.TryGetInt64(out var i) => new IntegerValue(i),
        JsonNumber n => new FloatValue(n.ToDouble()),
        JsonBoolean b => new BooleanValue(b.Value),
        _ => new NullValue(),
    };
}
