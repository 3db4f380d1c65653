using System.Collections.Immutable;
using AcrTemplateLint.Arm.Json;
using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Evaluation;
using AcrTemplateLint.Evaluation.Values;
using AcrTemplateLint.Graph;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Arm;

/// <summary>
/// Builds the resource graph of an ARM template for one parameter set: every resource (nested children included)
/// evaluated, with the copy instances and conditions ARM would apply.
/// </summary>
public sealed class ArmTemplateLoader
{
    /// <summary>ARM refuses copy loops with more instances than this.</summary>
    public const int MaxCopyCount = 800;

    private static readonly HashSet<string> NotBody = new(StringComparer.OrdinalIgnoreCase) { "resources", "copy", "condition" };

    private readonly SourceFile file;
    private readonly ArmTemplateScope scope;
    private readonly DiagnosticBag diagnostics;
    private readonly ImmutableArray<ResourceNode>.Builder resources = ImmutableArray.CreateBuilder<ResourceNode>();

    private ArmTemplateLoader(SourceFile file, JsonObject template, ParameterSet? parameters, DiagnosticBag diagnostics)
    {
        this.file = file;
        this.diagnostics = diagnostics;
        scope = new ArmTemplateScope(file, template, parameters, new Evaluator(diagnostics));
    }

    public static ResourceGraph Load(SourceFile file, JsonObject template, ParameterSet? parameters, DiagnosticBag diagnostics)
    {
        var loader = new ArmTemplateLoader(file, template, parameters, diagnostics);
        loader.CheckSuppliedParameters(parameters);
        loader.LoadResources(template, parent: null);
        return new ResourceGraph(file, parameters?.Name, loader.resources.ToImmutable());
    }

    private void CheckSuppliedParameters(ParameterSet? parameters)
    {
        if (parameters is null)
        {
            return;
        }

        foreach (var supplied in parameters.Values.Values)
        {
            if (!scope.ParameterNames.Contains(supplied.Name, StringComparer.OrdinalIgnoreCase))
            {
                diagnostics.Add(ArmDiagnostics.UnknownParameter(supplied.Location, supplied.Name, file.DisplayPath));
            }
        }
    }

    private void LoadResources(JsonObject container, ResourceNode? parent)
    {
        if (container.GetProperty("resources") is not { } section)
        {
            return;
        }

        switch (section.Value)
        {
            case JsonArray array:
                foreach (var item in array.Items)
                {
                    LoadResource(item, symbolicName: null, parent);
                }

                break;
            case JsonObject symbolic when parent is null:
                // languageVersion 2.0: resources keyed by symbolic name.
                foreach (var property in symbolic.Properties)
                {
                    LoadResource(property.Value, property.Name.Value, parent);
                }

                break;
            default:
                diagnostics.Add(ArmDiagnostics.InvalidSection(At(section.Name.Span), "resources", parent is null ? "an array or an object" : "an array"));
                break;
        }
    }

    private void LoadResource(JsonNode node, string? symbolicName, ResourceNode? parent)
    {
        if (node is not JsonObject declaration)
        {
            diagnostics.Add(ArmDiagnostics.InvalidResource(At(node.Span), "a resource must be an object"));
            return;
        }

        if (declaration.GetProperty("type") is not { Value: JsonString typeText } typeProperty)
        {
            diagnostics.Add(ArmDiagnostics.InvalidResource(At(declaration.Span), "the \"type\" property is missing or not a string"));
            return;
        }

        var type = parent is not null && !typeText.Value.Contains('.') ? $"{parent.Type}/{typeText.Value}" : typeText.Value;
        var condition = declaration.GetProperty("condition") is { } c ? scope.Evaluate(c.Value) : null;
        foreach (var context in CopyInstances(declaration))
        {
            var body = scope.Evaluator.Evaluate(BodyExpression(declaration), context.Context) as ObjectValue ?? ObjectValue.Empty;
            var node2 = new ResourceNode
            {
                Type = type,
                ApiVersion = (body["apiVersion"] as StringValue)?.Value,
                Name = FullName(body["name"], parent, typeText.Value.Contains('.')),
                SymbolicName = symbolicName,
                Body = body,
                Declaration = At(typeProperty.Span),
                Condition = condition,
                Copy = context.Copy,
                Parent = parent,
                IsExisting = declaration["existing"] is JsonBoolean { Value: true },
            };
            resources.Add(node2);
            LoadResources(declaration, node2);
        }
    }

    private Evaluation.Expressions.ObjectExpression BodyExpression(JsonObject declaration)
    {
        var filtered = new JsonObject(declaration.Span, [.. declaration.Properties.Where(p => !NotBody.Contains(p.Name.Value))]);
        return (Evaluation.Expressions.ObjectExpression)scope.Lower(filtered);
    }

    private IEnumerable<(EvaluationContext Context, CopyInstance? Copy)> CopyInstances(JsonObject declaration)
    {
        if (declaration["copy"] is not JsonObject copy)
        {
            yield return (scope.Context, null);
            yield break;
        }

        var name = copy["name"] is JsonString n ? n.Value : "";
        var count = copy.GetProperty("count") is { } countProperty ? scope.Evaluate(countProperty.Value) : new IntegerValue(0);
        if (count is IntegerValue { Value: >= 0 and <= MaxCopyCount } known)
        {
            for (var i = 0; i < known.Value; i++)
            {
                var index = new IntegerValue(i);
                yield return (scope.Context.WithCopyIndex(name, index), new CopyInstance(name, index, count));
            }

            yield break;
        }

        // Unknown or out-of-range count: one symbolic instance stands for all of them.
        var reason = count is UnknownValue u ? $"whose count depends on {u.Reason}" : $"whose count {ValueFormatter.Display(count)} is outside 0..{MaxCopyCount}";
        var symbolic = new UnknownValue($"the index of copy loop '{name}', {reason}", count.Origin);
        yield return (scope.Context.WithCopyIndex(name, symbolic), new CopyInstance(name, symbolic, count));
    }

    private static Value FullName(Value? name, ResourceNode? parent, bool declaredWithFullType)
    {
        name ??= new UnknownValue("a resource without a name", null);
        if (parent is null || declaredWithFullType)
        {
            return name;
        }

        return (parent.Name, name) switch
        {
            (StringValue p, StringValue n) => new StringValue($"{p.Value}/{n.Value}") { Origin = name.Origin },
            (UnknownValue u, _) => u with { Origin = name.Origin },
            _ => name,
        };
    }

    private SourceLocation At(TextSpan span) => new(file, span);
}
