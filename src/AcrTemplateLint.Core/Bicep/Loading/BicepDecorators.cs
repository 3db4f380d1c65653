using System.Collections.Immutable;
using AcrTemplateLint.Bicep.Syntax;

namespace AcrTemplateLint.Bicep.Loading;

/// <summary>Reads the decorators of a declaration: @allowed([...]), @sys.description('…'), @batchSize(2)…</summary>
internal static class BicepDecorators
{
    /// <summary>The arguments of the decorator named <paramref name="name"/>, or null when the declaration has none.</summary>
    public static ImmutableArray<SyntaxElement>? Find(StatementSyntax declaration, string name)
    {
        // Loops rather than queries: each parameter's decorators are searched again for every instance evaluated.
        foreach (var node in declaration.LeadingNodes)
        {
            if (node is DecoratorSyntax decorator && Name(decorator.Expression) == name)
            {
                return decorator.Expression switch
                {
                    FunctionCallSyntax call => Arguments(call.Items),
                    InstanceFunctionCallSyntax call => Arguments(call.Items),
                    _ => [],
                };
            }
        }

        return null;
    }

    private static string Name(SyntaxElement expression) => expression switch
    {
        FunctionCallSyntax call => call.Name.Name,
        InstanceFunctionCallSyntax call => call.Name.Name,
        VariableAccessSyntax access => access.Name.Name,
        PropertyAccessSyntax access => access.PropertyName.Name,
        _ => "",
    };

    private static ImmutableArray<SyntaxElement> Arguments(ImmutableArray<SyntaxElement> items)
    {
        var arguments = new List<SyntaxElement>(items.Length / 2 + 1);
        foreach (var item in items)
        {
            if (item is FunctionArgumentSyntax argument)
            {
                arguments.Add(argument.Expression);
            }
        }

        return [.. arguments];
    }
}
