using AcrTemplateLint.Bicep.Binding;
using AcrTemplateLint.Bicep.Syntax;
using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Evaluation.Expressions;
using AcrTemplateLint.Evaluation.Values;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Bicep.Lowering;

/// <summary>
/// Where Azure Resource Manager needs a value when the deployment starts: the name, scope and parent of a resource
/// or module, the array a resource or module loops over, its condition, and the loop of a variable. A value that
/// only the running deployment has there (a deployed resource's properties, a module's outputs, reference(),
/// list*()) is an error the Bicep compiler reports; so does acrlint, following variables as the compiler does. An
/// existing resource is exempt: it is only read, so its name may come from the running deployment.
/// </summary>
public sealed class DeployTimeCheck
{
    private static readonly HashSet<string> KnownMembers = new(StringComparer.Ordinal) { "id", "name", "type", "apiVersion" };

    private readonly SemanticModel model;
    private readonly BicepLowerer lowerer;
    private readonly List<Diagnostic> found = [];

    private DeployTimeCheck(BicepLowerer lowerer)
    {
        this.lowerer = lowerer;
        model = lowerer.Model;
    }

    public static IReadOnlyList<Diagnostic> Check(BicepLowerer lowerer)
    {
        var check = new DeployTimeCheck(lowerer);
        foreach (var symbol in check.model.Resources.Concat(check.model.OfKind(SymbolKind.Module)))
        {
            check.Declaration(symbol);
        }

        foreach (var variable in check.model.OfKind(SymbolKind.Variable))
        {
            if (variable.Declaration is VariableDeclarationSyntax { Value: ForSyntax loop })
            {
                check.Context(loop.Source, $"the array variable '{variable.Name}' loops over", allowSymbol: false);
                check.Context(loop.Body, $"the loop body of variable '{variable.Name}'", allowSymbol: false);
            }
        }

        return check.found;
    }

    private void Declaration(Symbol symbol)
    {
        var (kind, value) = symbol.Declaration switch
        {
            ResourceDeclarationSyntax r => ("resource", r.Value),
            ModuleDeclarationSyntax m => ("module", m.Value),
            _ => ("", (SyntaxElement?)null),
        };
        var what = $"{kind} '{symbol.Name}'";
        if (value is ForSyntax loop)
        {
            Context(loop.Source, $"the array {what} loops over", allowSymbol: false);
            value = loop.Body;
        }

        if (value is IfConditionSyntax condition)
        {
            Context(condition.Condition, $"the condition of {what}", allowSymbol: false);
        }

        if (Binder.BodyObject(value ?? symbol.Declaration) is not { } body)
        {
            return;
        }

        // An existing resource is only read: the compiler lets its name and scope come from the running deployment.
        if (symbol.Declaration is ResourceDeclarationSyntax { IsExisting: true })
        {
            return;
        }

        foreach (var property in body.Properties)
        {
            if (property.Key is IdentifierSyntax { Name: "name" or "scope" or "parent" } key)
            {
                // parent: acr and scope: acr name a resource; reading it is what would need the deployment.
                Context(property.Value, $"the {key.Name} of {what}", allowSymbol: key.Name != "name");
            }
        }
    }

    private void Context(SyntaxElement syntax, string context, bool allowSymbol)
    {
        var expression = lowerer.Lower(syntax);
        if (allowSymbol && expression is SymbolReferenceExpression { Member: null, Index: var index })
        {
            expression = index ?? new LiteralExpression(new NullValue(), null);
        }

        if (Runtime(expression, []) is var (what, at))
        {
            found.Add(LoweringDiagnostics.RuntimeValue(at, what, context));
        }
    }

    // The first part of the expression that only the running deployment knows, and where it is written.
    private (string What, SourceLocation? At)? Runtime(Expression expression, HashSet<string> variables)
    {
        switch (expression)
        {
            case SymbolReferenceExpression symbol:
                if (symbol.Index is { } index && Runtime(index, variables) is { } inIndex)
                {
                    return inIndex;
                }

                var isModule = model.Lookup(symbol.Symbol) is { Kind: SymbolKind.Module };
                var known = isModule ? symbol.Member == "name" : symbol.Member is { } member && KnownMembers.Contains(member);
                var owner = $"{(isModule ? "module" : "resource")} '{symbol.Symbol}'";
                return known ? null : (symbol.Member is { } m ? $"'{m}' of {owner}" : $"{owner} as a whole", symbol.Origin);
            case CallExpression { Namespace: null, Name: var name } call when name is "reference" or "references" || name.StartsWith("list", StringComparison.OrdinalIgnoreCase):
                return ($"{name}()", call.Origin);
            case CallExpression { Namespace: null, Name: "variables", Arguments: [LiteralExpression { Value: StringValue variable }] }
                when model.Lookup(variable.Value) is { Declaration: VariableDeclarationSyntax declaration } && variables.Add(variable.Value):
                return Runtime(lowerer.Lower(declaration.Value), variables) is var (what, _) ? ($"{what} (through variable '{variable.Value}')", expression.Origin) : null;
            case CallExpression call:
                return First(call.Arguments, variables);
            case PropertyAccessExpression access:
                return Runtime(access.Target, variables);
            case IndexAccessExpression access:
                return Runtime(access.Target, variables) ?? Runtime(access.Index, variables);
            case ObjectExpression obj:
                return First(obj.Properties.SelectMany(p => new[] { p.Key, p.Value }), variables);
            case ArrayExpression array:
                return First(array.Items, variables);
            case LambdaExpression lambda:
                return Runtime(lambda.Body, variables);
            case CopyExpression copy:
                return Runtime(copy.Count, variables) ?? Runtime(copy.Input, variables);
            default:
                return null;
        }
    }

    private (string What, SourceLocation? At)? First(IEnumerable<Expression> expressions, HashSet<string> variables)
    {
        foreach (var expression in expressions)
        {
            if (Runtime(expression, variables) is { } found)
            {
                return found;
            }
        }

        return null;
    }
}
