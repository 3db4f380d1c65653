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
        // No lambdas here: one would cost every call a closure, and most calls are for strings.
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

                    // A key may be an expression too: "[resourceId(...)]": {} under userAssignedIdentities.
                    // "[[" escapes a literal "[", in keys as in values.
                    var name = property.Name.Value;
                    var key = name.StartsWith('[')
                        ? ArmExpressionParser.Lower(file, property.Name, diagnostics)
                        : new LiteralExpression(new StringValue(name), null);
                    properties.Add(new ObjectPropertyExpression(key, Lower(file, property.Value, diagnostics), new SourceLocation(file, property.Name.Span)));
                }

                return new ObjectExpression(properties.DrainToImmutable(), new SourceLocation(file, node.Span));
            case JsonArray a:
                var items = ImmutableArray.CreateBuilder<Expression>(a.Items.Length);
                foreach (var item in a.Items)
                {
                    items.Add(Lower(file, item, diagnostics));
                }

                return new ArrayExpression(items.MoveToImmutable(), new SourceLocation(file, node.Span));
            default:
                var location = new SourceLocation(file, node.Span);
                return new LiteralExpression(ToValue(node, location), location);
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
            _ => ToValue(node, location),
        };
    }

    private static Value ToValue(JsonNode node, SourceLocation origin) => node switch
    {
        JsonString s => new StringValue(s.Value) { Origin = origin },
        JsonNumber n when n.TryGetInt64(out var i) => new IntegerValue(i) { Origin = origin },
        JsonNumber n => new FloatValue(n.ToDouble()) { Origin = origin },
        JsonBoolean b => new BooleanValue(b.Value) { Origin = origin },
        _ => new NullValue() { Origin = origin },
    };
}
