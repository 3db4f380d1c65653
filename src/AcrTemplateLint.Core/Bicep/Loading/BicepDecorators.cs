using System.Collections.Immutable;
using AcrTemplateLint.Bicep.Syntax;

namespace AcrTemplateLint.Bicep.Loading;

/// <summary>Reads the decorators of a declaration: @allowed([...]), @sys.description('…'), @batchSize(2)…</summary>
internal static class BicepDecorators
{
    /// <summary>The arguments of the decorator named <paramref name="name"/>, or null when the declaration has none.</summary>
    public static ImmutableArray<SyntaxElement>? Find(StatementSyntax declaration, string name)
    {
        foreach (var decorator in declaration.Decorators)
        {
            var (decoratorName, arguments) = decorator.Expression switch
            {
                FunctionCallSyntax call => (call.Name.Name, call.Arguments),
                InstanceFunctionCallSyntax call => (call.Name.Name, call.Arguments),
                VariableAccessSyntax access => (access.Name.Name, []),
                PropertyAccessSyntax access => (access.PropertyName.Name, []),
                _ => ("", Enumerable.Empty<FunctionArgumentSyntax>()),
            };
            if (decoratorName == name)
            {
                return [.. arguments.Select(a => a.Expression)];
            }
        }

        return null;
    }
}
