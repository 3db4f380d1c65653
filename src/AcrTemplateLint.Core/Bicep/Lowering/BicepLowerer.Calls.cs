using AcrTemplateLint.Bicep.Binding;
using AcrTemplateLint.Bicep.Syntax;
using AcrTemplateLint.Evaluation.Expressions;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Bicep.Lowering;

/// <summary>Function calls: built-in, user-defined, imported, and the methods of resources and namespaces.</summary>
public sealed partial class BicepLowerer
{
    private Expression LowerCall(FunctionCallSyntax syntax, SourceLocation at)
    {
        var arguments = syntax.Arguments.Select(a => a.Expression).ToList();
        return model.GetBinding(syntax) is { Kind: SymbolKind.Function or SymbolKind.ImportedSymbol } function
            ? new CallExpression(function.Name, [.. arguments.Select(Lower)], at, UserFunctionNamespace)
            : LowerBuiltIn(syntax.Name.Name, arguments, at);
    }

    private Expression LowerInstanceCall(InstanceFunctionCallSyntax syntax, SourceLocation at)
    {
        var name = syntax.Name.Name;
        var arguments = syntax.Arguments.Select(a => a.Expression).ToList();
        if (syntax.BaseExpression is VariableAccessSyntax target)
        {
            switch (model.GetBinding(target))
            {
                case null when target.Name.Name is BuiltIns.SystemNamespace or BuiltIns.AzureNamespace:
                    return LowerBuiltIn(name, arguments, at);
                case { Kind: SymbolKind.WildcardImport } ns:
                    return new CallExpression(name, [.. arguments.Select(Lower)], at, ns.Name);
                case { Kind: SymbolKind.Namespace } or null:
                    return Unknown($"the function '{target.Name.Name}.{name}' of an extension, which acrlint does not evaluate", at);
            }
        }

        var reference = SymbolTarget(syntax.BaseExpression);
        var resource = reference?.Symbol.Name ?? "a resource";
        return name switch
        {
            "getSecret" => Unknown($"a secret of Key Vault '{resource}', which acrlint never reads", at),

            // acr.listCredentials() is listCredentials(acr.id, apiVersion) in the compiled JSON.
            _ when name.StartsWith("list", StringComparison.Ordinal) && reference is var (symbol, index) =>
                new CallExpression(name, [new SymbolReferenceExpression(symbol.QualifiedName, index, "id", at), .. arguments.Select(Lower)], at),
            _ => Unknown($"{name}() on '{resource}', which the deployment evaluates", at),
        };
    }

    // Bicep functions that are not ARM functions are evaluated here, as the compiler does, or are Unknown.
    private Expression LowerBuiltIn(string name, IReadOnlyList<SyntaxElement> arguments, SourceLocation at)
    {
        switch (name)
        {
            case "any" when arguments.Count == 1:
                return Lower(arguments[0]);
            case "loadTextContent" or "loadFileAsBase64" or "loadJsonContent" or "loadYamlContent" or "loadDirectoryFileInfo":
                return content.Load(name, [.. arguments.Select(Lower)], at);
            case "nameof" when arguments.Count == 1:
                return Text(NameOf(arguments[0]), at);
            case "readEnvironmentVariable" or "readEnvVar":
                return Unknown($"the environment variable {Describe(arguments)}, read where the parameters are compiled", at);
            case "readCliArg":
                return Unknown($"the command-line argument {Describe(arguments)} given to the deployment", at);
            case "externalInput":
                return Unknown($"the external input {Describe(arguments)}, supplied at deployment", at);
            case "getSecret":
                return Unknown("a Key Vault secret, which acrlint never reads", at);
            case "fail":
                return Unknown("a branch that makes the deployment fail (fail())", at);
            case "deployer":
                return Unknown("deployer(), the identity that runs the deployment", at);
            case "roleDefinitions":
                return Unknown("roleDefinitions(), which reads the role definitions of the tenant", at);
            case "resourceGroup" or "subscription" or "managementGroup" when arguments.Count > 0:
                // Another deployment scope than the template's own: a value only as the scope of a resource or module.
                return Unknown($"the deployment scope {name}(…), which is known only at deployment", at);
            case "toLogicalZone" or "toLogicalZones" or "toPhysicalZone" or "toPhysicalZones":
                return Unknown($"{name}(), which depends on the subscription's availability zone mapping", at);
            default:
                return new CallExpression(name, [.. arguments.Select(Lower)], at);
        }
    }

    // nameof(x) is the last name in the expression: nameof(acr.properties.sku) is 'sku'.
    private static string NameOf(SyntaxElement syntax) => syntax switch
    {
        VariableAccessSyntax v => v.Name.Name,
        PropertyAccessSyntax p => p.PropertyName.Name,
        ResourceAccessSyntax r => r.ResourceName.Name,
        ArrayAccessSyntax { IndexExpression: StringSyntax { LiteralValue: { } key } } => key,
        ParenthesizedExpressionSyntax p => NameOf(p.Expression),
        _ => "",
    };

    private static string Describe(IReadOnlyList<SyntaxElement> arguments) =>
        arguments.Count > 0 && arguments[0] is StringSyntax { LiteralValue: { } text } ? $"'{text}'" : "named at deployment";
}
