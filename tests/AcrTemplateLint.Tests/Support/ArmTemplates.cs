using System.Text.Json;
using AcrTemplateLint.Arm;
using AcrTemplateLint.Arm.Json;
using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Evaluation;
using AcrTemplateLint.Evaluation.Functions;
using AcrTemplateLint.Evaluation.Values;
using AcrTemplateLint.Graph;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Tests.Support;

/// <summary>Builds ARM templates in memory and evaluates them: expressions, outputs, resource graphs.</summary>
public static class ArmTemplates
{
    public const string Unknown = "<unknown>";

    public static SourceFile File(string text, string path = "/t/template.json") => new(path, Path.GetFileName(path), text);

    /// <summary>Evaluates one template expression (written as in the JSON string, without quotes) in a template.</summary>
    public static (Value Value, DiagnosticBag Diagnostics) Evaluate(string expression, string template = "{}")
    {
        var diagnostics = new DiagnosticBag();
        var file = File(template);
        var root = (JsonObject?)JsonParser.Parse(file, diagnostics) ?? throw new ArgumentException("The test template is not a JSON object.");
        var scope = new ArmTemplateScope(file, root, null, new Evaluator(diagnostics));
        var expressionFile = File(JsonSerializer.Serialize($"[{expression}]"), "/t/expression.json");
        var literal = (JsonString?)JsonParser.Parse(expressionFile, diagnostics) ?? throw new ArgumentException("The expression is not a JSON string.");
        return (scope.Evaluate(literal), diagnostics);
    }

    /// <summary>A template's outputs, evaluated with its defaults.</summary>
    public static (ObjectValue Outputs, DiagnosticBag Diagnostics) Outputs(SourceFile file)
    {
        var diagnostics = new DiagnosticBag();
        var root = (JsonObject?)JsonParser.Parse(file, diagnostics) ?? throw new ArgumentException($"{file.DisplayPath} is not a JSON object.");
        var scope = new ArmTemplateScope(file, root, null, new Evaluator(diagnostics));
        return (scope.EvaluateOutputs(root), diagnostics);
    }

    public static (ResourceGraph Graph, DiagnosticBag Diagnostics) Load(string template, ParameterSet? parameters = null, string path = "/t/template.json")
    {
        var diagnostics = new DiagnosticBag();
        var file = File(template, path);
        var root = (JsonObject?)JsonParser.Parse(file, diagnostics) ?? throw new ArgumentException("The test template is not a JSON object.");
        return (ArmTemplateLoader.Load(file, root, parameters, diagnostics), diagnostics);
    }

    public static (ResourceGraph Graph, DiagnosticBag Diagnostics) LoadFile(string path)
    {
        var diagnostics = new DiagnosticBag();
        var file = new SourceFile(path, Path.GetFileName(path), System.IO.File.ReadAllText(path));
        var root = (JsonObject?)JsonParser.Parse(file, diagnostics) ?? throw new ArgumentException($"{path} is not a JSON object.");
        return (ArmTemplateLoader.Load(file, root, null, diagnostics), diagnostics);
    }

    /// <summary>A value as compact JSON, or "&lt;unknown&gt;" for an Unknown (or an ID whose text is not known).</summary>
    public static string Json(Value value) => ValueText.IsKnownText(value) ? ValueFormatter.ToJson(value) : Unknown;

    /// <summary>Expected JSON in the same compact form, so spacing in a test case does not matter.</summary>
    public static string Canonical(string json) =>
        json == Unknown ? json : JsonValueReader.Read(json, null, out var error) is { } value ? ValueFormatter.ToJson(value) : throw new ArgumentException($"Bad expected JSON ({error}): {json}");

    public static IEnumerable<Diagnostic> Errors(DiagnosticBag diagnostics) => diagnostics.Items.Where(d => d.Level == DiagnosticLevel.Error);
}
