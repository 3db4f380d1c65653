using AcrTemplateLint.Arm.Expressions;
using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Evaluation.Expressions;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Rules.Loading;

/// <summary>
/// A document value in a rule as IR: "[parameters('x')]" strings are template expressions (as in Azure Policy),
/// other values are literals. Expression spans point into the rule file.
/// </summary>
internal static class DocumentExpressions
{
    public static Expression Lower(SourceFile file, DocumentNode node, DiagnosticBag diagnostics)
    {
        if (node is DocumentScalar { Value: { } text } scalar && ArmExpressionParser.IsExpression(text))
        {
            return ArmExpressionParser.Lower(file, scalar.Literal, diagnostics);
        }

        var value = DocumentValues.ToValue(node);
        return new LiteralExpression(value, value.Origin);
    }

    /// <summary>The names used in parameters('name') calls anywhere in an expression.</summary>
    public static IEnumerable<ParameterReference> ParameterReferences(Expression expression) => expression switch
    {
        CallExpression { Name: var name, Arguments: [LiteralExpression { Value: Evaluation.Values.StringValue parameter }] } call
            when name.Equals("parameters", StringComparison.OrdinalIgnoreCase) => [new ParameterReference(parameter.Value, call.Origin)],
        CallExpression call => call.Arguments.SelectMany(ParameterReferences),
        PropertyAccessExpression access => ParameterReferences(access.Target),
        IndexAccessExpression index => ParameterReferences(index.Target).Concat(ParameterReferences(index.Index)),
        _ => [],
    };

    /// <summary>A parameters('name') call in a rule's expression, and where it is written.</summary>
    public sealed record ParameterReference(string Name, SourceLocation? Location);
}
