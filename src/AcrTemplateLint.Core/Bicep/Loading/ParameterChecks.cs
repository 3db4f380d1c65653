using AcrTemplateLint.Bicep.Syntax;
using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Evaluation.Values;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Bicep.Loading;

/// <summary>
/// What a parameter's declaration demands of a known value, checked as Azure Resource Manager checks it before it
/// deploys: the primitive type or literal union, @allowed, @minValue/@maxValue and @minLength/@maxLength. Values
/// that are not fully known are not checked: they might comply.
/// </summary>
internal static class ParameterChecks
{
    public static IEnumerable<Diagnostic> Check(ParameterDeclarationSyntax declaration, string name, Value value, SourceLocation at, Func<SyntaxElement, Value> evaluate)
    {
        if (ValueEquality.ContainsUnknown(value) || value is ResourceIdValue { } id && id.TryFormat() is null)
        {
            yield break;
        }

        if (TypeProblem(declaration.Type, value, evaluate) is { } expected)
        {
            yield return ModuleDiagnostics.TypeMismatch(at, name, expected, Describe(value));
            yield break;
        }

        if (BicepDecorators.Find(declaration, "allowed") is [var list] && evaluate(list) is ArrayValue allowed)
        {
            var items = value is ArrayValue array && declaration.Type is TypeReferenceSyntax { Name.Name: "array" } ? array.Items : [value];
            foreach (var item in items.Where(i => !allowed.Items.Any(a => ValueEquality.AreEqual(a, i, StringComparison.Ordinal))))
            {
                yield return ModuleDiagnostics.ParameterConstraint(at, name, $"the value {ValueFormatter.Display(item)} is not one of the @allowed values");
            }
        }

        foreach (var (decorator, isMinimum, isLength) in new[] { ("minValue", true, false), ("maxValue", false, false), ("minLength", true, true), ("maxLength", false, true) })
        {
            if (BicepDecorators.Find(declaration, decorator) is not [var limitSyntax] || evaluate(limitSyntax) is not IntegerValue limit)
            {
                continue;
            }

            long? actual = (isLength, value) switch
            {
                (false, IntegerValue i) => i.Value,
                (true, StringValue s) => s.Value.Length,
                (true, ArrayValue a) => a.Items.Length,
                _ => null,
            };
            if (actual is { } n && (isMinimum ? n < limit.Value : n > limit.Value))
            {
                var what = isLength ? $"the length {n}" : $"the value {n}";
                yield return ModuleDiagnostics.ParameterConstraint(at, name, $"{what} is {(isMinimum ? "below" : "above")} @{decorator}({limit.Value})");
            }
        }
    }

    // The expected type when the value does not have it; null when it does or the type is not one checked here.
    private static string? TypeProblem(SyntaxElement type, Value value, Func<SyntaxElement, Value> evaluate)
    {
        switch (type)
        {
            case NullableTypeSyntax nullable:
                return value is NullValue ? null : TypeProblem(nullable.BaseType, value, evaluate);
            case TypeReferenceSyntax or TypePropertyAccessSyntax when PrimitiveName(type) is { } name:
                var matches = name switch
                {
                    "string" => value is StringValue or ResourceIdValue,
                    "int" => value is IntegerValue,
                    "bool" => value is BooleanValue,
                    "object" => value is ObjectValue,
                    "array" => value is ArrayValue,
                    _ => true,
                };
                return matches ? null : name;
            case UnionTypeSyntax union when union.Members.All(BicepTypes.IsLiteral):
                var members = union.Members.Select(evaluate).ToList();
                return members.Any(m => ValueEquality.AreEqual(m, value, StringComparison.Ordinal))
                    ? null
                    : string.Join(" | ", members.Select(ValueFormatter.Display));
            default:
                return null;
        }
    }

    // string, or sys.string: a built-in type by name.
    private static string? PrimitiveName(SyntaxElement type) => type switch
    {
        TypeReferenceSyntax { Name.Name: var name } => name,
        TypePropertyAccessSyntax { BaseExpression: TypeReferenceSyntax { Name.Name: "sys" }, PropertyName.Name: var name } => name,
        _ => null,
    };

    private static string Describe(Value value) => value switch
    {
        StringValue or ResourceIdValue => $"the string {ValueFormatter.Display(value)}",
        IntegerValue or FloatValue => $"the number {ValueFormatter.Display(value)}",
        BooleanValue => $"the bool {ValueFormatter.Display(value)}",
        NullValue => "null",
        _ => $"an {value.TypeName}",
    };
}
