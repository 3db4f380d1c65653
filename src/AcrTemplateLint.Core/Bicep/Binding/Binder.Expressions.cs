using AcrTemplateLint.Bicep.Syntax;

namespace AcrTemplateLint.Bicep.Binding;

/// <summary>Binding inside declarations: expressions, types, and the scopes that bodies, loops and lambdas open.</summary>
public sealed partial class Binder
{
    private void BindStatement(StatementSyntax statement, Scope scope)
    {
        foreach (var decorator in statement.Decorators)
        {
            BindDecorator(decorator, scope);
        }

        switch (statement)
        {
            case ParameterDeclarationSyntax p:
                BindType(p.Type, scope);
                if (p.Modifier is not null)
                {
                    Bind(p.Modifier, scope);
                }

                break;
            case VariableDeclarationSyntax v:
                if (v.Type is not null)
                {
                    BindType(v.Type, scope);
                }

                Bind(v.Value, scope);
                break;
            case OutputDeclarationSyntax o:
                BindType(o.Type, scope);
                Bind(o.Value, scope);
                break;
            case TypeDeclarationSyntax t:
                BindType(t.Value, scope);
                break;
            case FunctionDeclarationSyntax f:
                BindFunction(f, scope);
                break;
            case ResourceDeclarationSyntax r when current is { Kind: SymbolKind.Resource } symbol:
                BindResource(r, symbol, scope);
                break;
            case ModuleDeclarationSyntax m:
                Bind(m.Value, scope);
                break;
            case ParameterAssignmentSyntax a:
                Bind(a.Value, scope);
                break;
            case MetadataDeclarationSyntax d:
                Bind(d.Value, scope);
                break;
            case TestDeclarationSyntax t:
                Bind(t.Value, scope);
                break;
            case AssertDeclarationSyntax a:
                Bind(a.Value, scope);
                break;
        }
    }

    // A resource body sees the resources nested in it; each nested resource is bound as its own declaration.
    private void BindResource(ResourceDeclarationSyntax declaration, Symbol symbol, Scope outer)
    {
        var saved = current;
        current = symbol;
        var scope = new Scope(outer);
        var nested = resources.Where(r => r.Parent == symbol).ToList();
        foreach (var child in nested)
        {
            scope.TryAdd(child);
        }

        BindBody(declaration.Value, scope, item =>
        {
            if (item is ResourceDeclarationSyntax child && nested.FirstOrDefault(n => n.Declaration == child) is { } childSymbol)
            {
                foreach (var decorator in child.Decorators)
                {
                    BindDecorator(decorator, scope);
                }

                BindResource(child, childSymbol, scope);
                current = symbol;
                return true;
            }

            return false;
        });
        current = saved;
    }

    // if (condition) { … }, [for … in …: { … }] or { … }; nested declarations are left to the caller.
    private void BindBody(SyntaxElement body, Scope scope, Func<SyntaxElement, bool> nestedDeclaration)
    {
        switch (body)
        {
            case IfConditionSyntax condition:
                Bind(condition.Condition, scope);
                BindBody(condition.Body, scope, nestedDeclaration);
                break;
            case ForSyntax loop:
                Bind(loop.Source, scope);
                BindBody(loop.Body, LoopScope(loop.Variables, scope, SymbolKind.LoopItem), nestedDeclaration);
                break;
            case ObjectSyntax obj:
                foreach (var item in obj.Items)
                {
                    if (!nestedDeclaration(item))
                    {
                        Bind(item, scope);
                    }
                }

                break;
            default:
                Bind(body, scope);
                break;
        }
    }

    private void BindFunction(FunctionDeclarationSyntax function, Scope outer)
    {
        if (function.Lambda is not TypedLambdaSyntax lambda)
        {
            Bind(function.Lambda, outer);
            return;
        }

        var scope = new Scope(outer);
        if (lambda.Variables is TypedVariableBlockSyntax parameters)
        {
            foreach (var parameter in parameters.Variables)
            {
                BindType(parameter.Type, outer);
                if (parameter.Name.IsValid)
                {
                    scope.TryAdd(Declared(parameter.Name.Name, SymbolKind.FunctionParameter, parameter, parameter.Name));
                }
            }
        }

        BindType(lambda.ReturnType, outer);
        Bind(lambda.Body, scope);
    }

    // for item in …, for (item, index) in …, x => …, (a, b) => …
    private Scope LoopScope(SyntaxElement variables, Scope outer, SymbolKind itemKind)
    {
        var scope = new Scope(outer);
        var names = variables switch
        {
            LocalVariableSyntax single => [single],
            VariableBlockSyntax block => block.Variables.ToList(),
            _ => [],
        };
        for (var i = 0; i < names.Count; i++)
        {
            if (names[i].Name.IsValid)
            {
                var kind = itemKind == SymbolKind.LoopItem && i > 0 ? SymbolKind.LoopIndex : itemKind;
                scope.TryAdd(Declared(names[i].Name.Name, kind, names[i], names[i].Name));
            }
        }

        return scope;
    }

    // The decorator's name is not an expression (description, sys.description, batchSize…); its arguments are.
    private void BindDecorator(DecoratorSyntax decorator, Scope scope)
    {
        var arguments = decorator.Expression switch
        {
            FunctionCallSyntax call => call.Items,
            InstanceFunctionCallSyntax call => call.Items,
            _ => [],
        };
        foreach (var argument in arguments)
        {
            Bind(argument, scope);
        }
    }

    private void Bind(SyntaxElement element, Scope scope)
    {
        switch (element)
        {
            case VariableAccessSyntax access:
                BindName(access, scope);
                break;
            case FunctionCallSyntax call:
                BindCall(call, scope);
                break;
            case InstanceFunctionCallSyntax call:
                BindInstanceCall(call, scope);
                break;
            case PropertyAccessSyntax { BaseExpression: VariableAccessSyntax target } access when IsNamespace(target, scope):
                BindName(target, scope);
                break;
            case ResourceAccessSyntax access:
                BindResourceAccess(access, scope);
                break;
            case ObjectPropertySyntax property:
                if (property.Key is StringSyntax key)
                {
                    Bind(key, scope);
                }

                Bind(property.Value, scope);
                break;
            case ForSyntax loop:
                Bind(loop.Source, scope);
                Bind(loop.Body, LoopScope(loop.Variables, scope, SymbolKind.LoopItem));
                break;
            case LambdaSyntax lambda:
                Bind(lambda.Body, LoopScope(lambda.Variables, scope, SymbolKind.LambdaParameter));
                break;
            case DecoratorSyntax decorator:
                BindDecorator(decorator, scope);
                break;
            case ResourceDeclarationSyntax:
                // A nested resource outside a resource body is a parse error already reported.
                break;
            case SyntaxNode node:
                foreach (var child in node.Children)
                {
                    Bind(child, scope);
                }

                break;
        }
    }

    private void BindName(VariableAccessSyntax access, Scope scope)
    {
        if (!access.Name.IsValid)
        {
            return;
        }

        var name = access.Name.Name;
        if (scope.Lookup(name) is { } symbol)
        {
            bindings[access] = symbol;
            Refer(symbol, access);
        }
        else if (name is not (BuiltIns.SystemNamespace or BuiltIns.AzureNamespace))
        {
            diagnostics.Add(BindingDiagnostics.UndeclaredName(At(access), name));
        }
    }

    private void BindCall(FunctionCallSyntax call, Scope scope)
    {
        if (call.Name.IsValid)
        {
            var name = call.Name.Name;
            var symbol = scope.Lookup(name);
            if (symbol is { Kind: SymbolKind.Function or SymbolKind.ImportedSymbol })
            {
                bindings[call] = symbol;
                Refer(symbol, call.Name);
            }
            else if (!BuiltIns.IsFunction(name))
            {
                diagnostics.Add(symbol is null
                    ? BindingDiagnostics.UndeclaredFunction(At(call.Name), name)
                    : BindingDiagnostics.NotCallable(At(call.Name), name, Describe(symbol.Kind)));
            }
        }

        foreach (var item in call.Items)
        {
            Bind(item, scope);
        }
    }

    // ns.fn(…): a function of sys, az, an extension or a wildcard import; anything else is a method of a value
    // (acr.listCredentials(), kv.getSecret('x')).
    private void BindInstanceCall(InstanceFunctionCallSyntax call, Scope scope)
    {
        if (call.BaseExpression is VariableAccessSyntax { Name.IsValid: true } target && scope.Lookup(target.Name.Name) is null
            && target.Name.Name is BuiltIns.SystemNamespace or BuiltIns.AzureNamespace)
        {
            if (call.Name.IsValid && !BuiltIns.IsFunctionOf(target.Name.Name, call.Name.Name))
            {
                diagnostics.Add(BindingDiagnostics.UndeclaredFunction(At(call.Name), $"{target.Name.Name}.{call.Name.Name}"));
            }
        }
        else if (call.BaseExpression is VariableAccessSyntax ns && IsNamespace(ns, scope))
        {
            BindName(ns, scope);
        }
        else
        {
            Bind(call.BaseExpression, scope);
        }

        foreach (var item in call.Items)
        {
            Bind(item, scope);
        }
    }

    // sys, az, an extension alias or a wildcard import; with an unnamed extension, any unknown name may be one.
    private bool IsNamespace(VariableAccessSyntax access, Scope scope) =>
        access.Name.IsValid && (scope.Lookup(access.Name.Name) is { Kind: SymbolKind.Namespace or SymbolKind.WildcardImport }
            || (scope.Lookup(access.Name.Name) is null && (hasUnnamedExtension || access.Name.Name is BuiltIns.SystemNamespace or BuiltIns.AzureNamespace)));

    private void BindResourceAccess(ResourceAccessSyntax access, Scope scope)
    {
        Bind(access.BaseExpression, scope);
        if (!access.ResourceName.IsValid || access.BaseExpression is not SyntaxNode target || bindings.GetValueOrDefault(target) is not { Kind: SymbolKind.Resource } parent)
        {
            return;
        }

        if (resources.FirstOrDefault(r => r.Parent == parent && r.Name == access.ResourceName.Name) is { } child)
        {
            bindings[access] = child;
            Refer(child, access.ResourceName);
        }
        else
        {
            diagnostics.Add(BindingDiagnostics.UnknownNestedResource(At(access.ResourceName), parent.Name, access.ResourceName.Name));
        }
    }

    private void BindType(SyntaxElement type, Scope scope)
    {
        switch (type)
        {
            case TypeReferenceSyntax { Name.IsValid: true } reference:
                var name = reference.Name.Name;
                if (scope.Lookup(name) is { Kind: SymbolKind.Type or SymbolKind.ImportedSymbol or SymbolKind.WildcardImport or SymbolKind.Namespace } symbol)
                {
                    bindings[reference] = symbol;
                    Refer(symbol, reference);
                }
                else if (!BuiltIns.Types.Contains(name) && name is not (BuiltIns.SystemNamespace or BuiltIns.AzureNamespace) && !hasUnnamedExtension)
                {
                    diagnostics.Add(BindingDiagnostics.UndeclaredType(At(reference), name));
                }

                break;
            case ObjectTypePropertySyntax property:
                foreach (var decorator in property.Decorators)
                {
                    BindDecorator(decorator, scope);
                }

                BindType(property.Value, scope);
                break;
            case ObjectTypeAdditionalPropertiesSyntax additional:
                foreach (var decorator in additional.Decorators)
                {
                    BindDecorator(decorator, scope);
                }

                BindType(additional.Value, scope);
                break;
            case TupleTypeItemSyntax item:
                foreach (var decorator in item.Decorators)
                {
                    BindDecorator(decorator, scope);
                }

                BindType(item.Value, scope);
                break;
            case TypePropertyAccessSyntax access:
                BindType(access.BaseExpression, scope);
                break;
            case ParameterizedTypeSyntax or ResourceTypeSyntax or StringSyntax:
                // resourceInput<'type@version'>, resource 'type@version': the type string names no symbol.
                break;
            case SyntaxNode node:
                foreach (var child in node.Children)
                {
                    BindType(child, scope);
                }

                break;
        }
    }

    private static string Describe(SymbolKind kind) => kind switch
    {
        SymbolKind.Parameter or SymbolKind.ParameterAssignment => "parameter",
        SymbolKind.Variable => "variable",
        SymbolKind.Resource => "resource",
        SymbolKind.Module => "module",
        SymbolKind.Type => "type",
        SymbolKind.Namespace or SymbolKind.WildcardImport => "namespace",
        _ => "local variable",
    };
}
