using AcrTemplateLint.Arm.Expressions;
using AcrTemplateLint.Arm.Json;
using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Evaluation.Expressions;
using AcrTemplateLint.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace AcrTemplateLint.Rules.Loading;

/// <summary>
/// A YAML value in a rule as IR: "[parameters('x')]" strings are template expressions (as in Azure Policy), other
/// values are literals. Expression spans point into the YAML file.
/// </summary>
internal static class YamlExpressions
{
    public static Expression Lower(SourceFile file, YamlNode node, DiagnosticBag diagnostics)
    {
        if (node is YamlScalarNode { Value: { } text } scalar && ArmExpressionParser.IsExpression(text))
        {
            // The parser maps value index i to Span.Start + 1 + i: start one before a plain scalar, at a quote otherwise.
            var start = (int)scalar.Start.Index - (scalar.Style == ScalarStyle.Plain ? 1 : 0);
            var literal = new JsonString(new TextSpan(Math.Max(0, start), text.Length + 2), text);
            return ArmExpressionParser.Lower(file, literal, diagnostics);
        }

        var value = YamlNodes.ToValue(file, node);
        return new LiteralExpression(value, value.Origin);
    }

    /// <summary>The names used in parameters('name') calls anywhere in an expression.</summary>
    public static IEnumerable<(string Name, SourceLocation? Location)> ParameterReferences(Expression expression) => expression switch
    {
        CallExpression { Name: var name, Arguments: [LiteralExpression { Value: Evaluation.Values.StringValue parameter }] } call
            when name.Equals("parameters", StringComparison.OrdinalIgnoreCase) => [(parameter.Value, call.Origin)],
        CallExpression call => call.Arguments.SelectMany(ParameterReferences),
        PropertyAccessExpression access => ParameterReferences(access.Target),
        IndexAccessExpression index => ParameterReferences(index.Target).Concat(ParameterReferences(index.Index)),
        _ => [],
    };
}
