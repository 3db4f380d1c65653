using AcrTemplateLint.Bicep.Binding;
using AcrTemplateLint.Bicep.Syntax;

namespace AcrTemplateLint.Bicep.Loading;

/// <summary>The little of Bicep's type system that values depend on: nullability and literal types.</summary>
internal static class BicepTypes
{
    private const int MaxAliases = 32;

    /// <summary>True for <c>T?</c>, also through declared type aliases (<c>type t = string?</c>).</summary>
    public static bool IsNullable(SyntaxElement type, SemanticModel model)
    {
        for (var i = 0; i < MaxAliases; i++)
        {
            switch (type)
            {
                case NullableTypeSyntax:
                    return true;
                case ParenthesizedExpressionSyntax p:
                    type = p.Expression;
                    break;
                case UnionTypeSyntax union:
                    return union.Members.Any(m => m is NullLiteralSyntax || (m is NullableTypeSyntax));
                case TypeReferenceSyntax reference when model.GetBinding(reference) is { Declaration: TypeDeclarationSyntax declaration }:
                    type = declaration.Value;
                    break;
                default:
                    return false;
            }
        }

        return false;
    }

    /// <summary>A literal type: 'text', 42, -1, true, false.</summary>
    public static bool IsLiteral(SyntaxElement type) => type switch
    {
        StringSyntax { IsInterpolated: false } or IntegerLiteralSyntax or BooleanLiteralSyntax => true,
        UnaryOperationSyntax { Operand: IntegerLiteralSyntax } => true,
        _ => false,
    };

    /// <summary>A value written as a literal (strings without interpolation, numbers, bools, null, arrays and objects of them): what the compiler type-checks.</summary>
    public static bool IsLiteralValue(SyntaxElement value) => value switch
    {
        StringSyntax { IsInterpolated: false } or IntegerLiteralSyntax or BooleanLiteralSyntax or NullLiteralSyntax => true,
        UnaryOperationSyntax { Operand: IntegerLiteralSyntax } => true,
        ParenthesizedExpressionSyntax p => IsLiteralValue(p.Expression),
        ArraySyntax array => array.Items.All(i => i is not (ArrayItemSyntax or SpreadSyntax) || i is ArrayItemSyntax { Value: var v } && IsLiteralValue(v)),
        ObjectSyntax obj => obj.Items.All(i => i is not (ObjectPropertySyntax or SpreadSyntax) || i is ObjectPropertySyntax { Value: var v } && IsLiteralValue(v)),
        _ => false,
    };
}
