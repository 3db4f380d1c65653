using System.Collections.Immutable;
using AcrTemplateLint.Bicep.Binding;
using AcrTemplateLint.Bicep.Lowering;
using AcrTemplateLint.Bicep.Syntax;
using AcrTemplateLint.Evaluation;
using AcrTemplateLint.Evaluation.Expressions;
using AcrTemplateLint.Evaluation.Values;
using AcrTemplateLint.Graph;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Bicep.Loading;

/// <summary>
/// Resources: their loop instances, names and IDs, computed as the Bicep compiler writes them into the template
/// (resourceId() for the deployment's resource group, extensionResourceId() for another scope…), and what a
/// reference to one reads: the ID, name, type and API version are known; everything else is the deployed
/// resource's state, which only the deployment knows.
/// </summary>
public sealed partial class BicepTemplateScope
{
    private const int MaxAncestors = 16;

    private readonly Dictionary<Symbol, ResourceInfo> resourceInfo = [];
    private readonly Dictionary<Symbol, List<Instance>> instances = [];
    private readonly Dictionary<Instance, Value> ownNames = new(ReferenceEqualityComparer.Instance);

    /// <summary>What a resource declaration declares: its shape, full type, parent and whether it is existing.</summary>
    internal sealed record ResourceInfo(DeclarationShape Shape, ResourceTypeReference Type, Symbol? ParentSymbol, SyntaxElement? ParentSyntax, bool IsExisting)
    {
        /// <summary>A resource of an extension (Kubernetes, Microsoft Graph), not of Azure Resource Manager.</summary>
        public bool IsExtension { get; init; }
    }

    /// <summary>One instance of a resource or module: the context its body is evaluated in, and its loop index.</summary>
    internal sealed record Instance(Symbol Symbol, EvaluationContext Context, CopyInstance? Copy);

    internal ResourceInfo Resource(Symbol symbol)
    {
        if (resourceInfo.TryGetValue(symbol, out var info))
        {
            return info;
        }

        var declaration = (ResourceDeclarationSyntax)symbol.Declaration;
        var shape = DeclarationShape.Of(symbol, Model.File);
        var parentSyntax = shape.Property("parent");
        var parentSymbol = symbol.Parent ?? ParentTarget(parentSyntax);
        var parentType = symbol.Parent is { } nestedIn ? Resource(nestedIn).Type : null;
        var type = ResourceTypeReference.Parse(declaration.Type, Model.File, parentType);
        info = new ResourceInfo(shape, type, parentSymbol, symbol.Parent is null ? parentSyntax : null, declaration.IsExisting)
        {
            IsExtension = IsExtensionType(type.Type),
        };
        resourceInfo[symbol] = info;
        return info;
    }

    // Azure resource provider namespaces have a dot (Microsoft.Storage); Kubernetes types do not (apps/Deployment),
    // and Microsoft Graph's types are an extension's even though they look like one.
    private bool IsExtensionType(string type) =>
        Model.DeclaresExtensions
        && (!type.Split('/')[0].Contains('.') || type.StartsWith("Microsoft.Graph/", StringComparison.OrdinalIgnoreCase));

    private Symbol? ParentTarget(SyntaxElement? syntax) => syntax switch
    {
        VariableAccessSyntax or ResourceAccessSyntax when Model.GetBinding((SyntaxNode)syntax) is { Kind: SymbolKind.Resource } parent => parent,
        ArrayAccessSyntax access => ParentTarget(access.BaseExpression),
        _ => null,
    };

    /// <summary>The instances of a resource or module: one, or one per item of its loop (a single symbolic one when the count is not known).</summary>
    internal List<Instance> Instances(Symbol symbol)
    {
        if (instances.TryGetValue(symbol, out var list))
        {
            return list;
        }

        var shape = symbol.Kind == SymbolKind.Resource ? Resource(symbol).Shape : ModuleShape(symbol);
        list = shape.Loop is { } loop ? [.. Expand(symbol, loop)] : [new Instance(symbol, Context, null)];
        instances[symbol] = list;
        return list;
    }

    private IEnumerable<Instance> Expand(Symbol symbol, ForSyntax loop)
    {
        var loopName = symbol.QualifiedName;
        var source = Evaluate(loop.Source);
        var location = Model.Locate(loop.ForKeyword);
        Value count = source switch
        {
            ArrayValue array => new IntegerValue(array.Items.Length) { Origin = source.Origin },
            UnknownValue => source,
            _ => Invalid(Model.Locate(loop.Source), $"a loop goes over an array, not a {source.TypeName}"),
        };
        var names = BicepLowerer.LocalNames(loop.Variables);
        foreach (var copy in CopyExpansion.Expand(loopName, count, location, Evaluator))
        {
            var item = source is ArrayValue items && copy.Index is IntegerValue i
                ? Evaluator.Through(items, items.Items[(int)i.Value], items.Items[(int)i.Value].Origin)
                : new UnknownValue($"an item of loop '{loopName}', {Reason(copy.Index)}", copy.Index.Origin) { Origin = location };
            var context = Context.WithCopyIndex(loopName, copy.Index);
            context = names.Length > 0 ? context.WithLocal(names[0], item) : context;
            context = names.Length > 1 ? context.WithLocal(names[1], copy.Index) : context;
            yield return new Instance(symbol, context, copy);
        }
    }

    private UnknownValue Invalid(SourceLocation at, string message)
    {
        Evaluator.Diagnostics.Add(EvaluationDiagnostics.InvalidArgument(at, "for", message));
        return new UnknownValue($"a loop over something that is not an array", at) { Origin = at };
    }

    private static string Reason(Value index) => index is UnknownValue u ? $"the {u.Reason}" : "an index out of range";

    /// <summary>The instance a reference picks: the only one, or the one at <paramref name="index"/> of a loop; null for a whole loop.</summary>
    internal Instance? InstanceAt(Symbol symbol, Value? index)
    {
        var all = Instances(symbol);
        if (all.Count == 1 && all[0].Copy is null)
        {
            return all[0];
        }

        return index switch
        {
            null => null,
            IntegerValue i when all.Count > 0 && all[0].Copy?.Index is IntegerValue && i.Value >= 0 && i.Value < all.Count => all[(int)i.Value],
            // A loop whose count is not known has one symbolic instance that stands for all of them.
            _ when all is [{ Copy.Index: UnknownValue }] => all[0],
            _ => null,
        };
    }

    /// <summary>The resource's own name, as its name property says: "task" for a child, not "registry/task".</summary>
    internal Value OwnName(Instance instance)
    {
        if (ownNames.TryGetValue(instance, out var name))
        {
            return name;
        }

        var shape = Resource(instance.Symbol).Shape;

        // A loop's indices are integers, or one symbolic instance: the number tells instances apart (the index
        // value's generated ToString would print all of it, origin and line included, for every instance).
        var index = (instance.Copy?.Index as IntegerValue)?.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        name = shape.Property("name") is { } syntax
            ? Guarded($"name:{instance.Symbol.QualifiedName}:{index}", $"the name of '{instance.Symbol.Name}'", shape.Header, () => Evaluate(syntax, instance.Context))
            : new UnknownValue($"resource '{instance.Symbol.Name}', which has no name", shape.Header) { Origin = shape.Header };
        ownNames[instance] = name;
        return name;
    }

    /// <summary>The instance of the resource's parent: the resource it is nested in, or the one its parent property names.</summary>
    internal Instance? ParentInstance(Instance instance)
    {
        var info = Resource(instance.Symbol);
        if (info.ParentSymbol is not { } parent)
        {
            return null;
        }

        var index = info.ParentSyntax is ArrayAccessSyntax access ? Evaluate(access.IndexExpression, instance.Context) : null;
        return InstanceAt(parent, index) ?? Instances(parent).FirstOrDefault();
    }

    /// <summary>The full name, "registry/task" for a child.</summary>
    internal Value FullName(Instance instance)
    {
        var chain = Ancestors(instance);
        var name = (Value?)null;
        foreach (var ancestor in chain.Append(instance))
        {
            name = ResourceNames.Full(OwnName(ancestor), name, Resource(ancestor.Symbol).Shape.Header);
        }

        return name ?? OwnName(instance);
    }

    // The ancestors of a resource, outermost first.
    private List<Instance> Ancestors(Instance instance)
    {
        var chain = new List<Instance>();
        for (var current = ParentInstance(instance); current is not null && chain.Count < MaxAncestors; current = ParentInstance(current))
        {
            chain.Insert(0, current);
        }

        return chain;
    }

    /// <summary>The resource's ID, built with the function the compiler would use for its scope.</summary>
    internal Value ResourceId(Instance instance)
    {
        var info = Resource(instance.Symbol);
        var chain = Ancestors(instance);
        var root = chain.Count > 0 ? chain[0] : instance;
        var names = NameSegments(instance, chain, info.Type.Type);
        return Evaluator.Evaluate(ScopedId(info.Type.Type, names, Resource(root.Symbol).Shape.Property("scope"), info.Shape.Header), root.Context);
    }

    // The name of each type segment: the ancestors' names, then the resource's own; a name written with slashes
    // ('registry/task' for a top-level child declaration) is split, as the compiler does.
    private ImmutableArray<Expression> NameSegments(Instance instance, List<Instance> chain, string type)
    {
        var at = Resource(instance.Symbol).Shape.Header;
        var typeSegments = type.Split('/').Length - 1;
        var own = OwnName(instance);
        if (chain.Count == 0)
        {
            return typeSegments <= 1 ? [Literal(own, at)] : [.. Enumerable.Range(0, typeSegments).Select(i => Segment(own, i, at))];
        }

        var segments = ImmutableArray.CreateBuilder<Expression>();
        var firstLength = typeSegments - chain.Count;
        for (var j = 0; j < chain.Count; j++)
        {
            var name = OwnName(chain[j]);
            if (j == 0 && firstLength > 1)
            {
                segments.AddRange(Enumerable.Range(0, firstLength).Select(i => Segment(name, i, at)));
            }
            else
            {
                segments.Add(Literal(name, at));
            }
        }

        segments.Add(Literal(own, at));
        return segments.ToImmutable();
    }

    private static LiteralExpression Literal(Value value, SourceLocation at) => new(value, at);

    private static Expression Segment(Value name, int index, SourceLocation at) =>
        new IndexAccessExpression(new CallExpression("split", [Literal(name, at), Literal(new StringValue("/"), at)], at), Literal(new IntegerValue(index), at), at);

    // resourceId() for the deployment's resource group; subscriptionResourceId(), tenantResourceId(), or an
    // extensionResourceId() below another scope or resource, as the compiler writes them.
    private Expression ScopedId(string type, ImmutableArray<Expression> names, SyntaxElement? scope, SourceLocation at)
    {
        var typeLiteral = Literal(new StringValue(type), at);
        Expression Call(string function, params Expression[] prefix) => new CallExpression(function, [.. prefix, typeLiteral, .. names], at);
        Expression Extension(Expression parent) => Call("extensionResourceId", parent);
        Expression GroupScope(Expression subscription, Expression group) =>
            new CallExpression("format", [Literal(new StringValue("/subscriptions/{0}/resourceGroups/{1}"), at), subscription, group], at);
        Expression CurrentSubscription() => new PropertyAccessExpression(new CallExpression("subscription", [], at), "subscriptionId", at);
        Expression CurrentManagementGroup() => new PropertyAccessExpression(new CallExpression("managementGroup", [], at), "id", at);

        if (scope is null)
        {
            return Model.TargetScope switch
            {
                "subscription" => Call("subscriptionResourceId"),
                "tenant" => Call("tenantResourceId"),
                "managementGroup" => Extension(CurrentManagementGroup()),
                _ => Call("resourceId"),
            };
        }

        if (ScopeFunction(scope) is var (function, arguments))
        {
            var lowered = arguments.Select(Lowerer.Lower).ToArray();
            return (function, lowered.Length) switch
            {
                ("resourceGroup", 0) => Call("resourceId"),
                ("resourceGroup", 1) => Extension(GroupScope(CurrentSubscription(), lowered[0])),
                ("resourceGroup", _) => Extension(GroupScope(lowered[0], lowered[1])),
                ("subscription", 0) => Call("subscriptionResourceId"),
                ("subscription", _) => Call("subscriptionResourceId", lowered[0]),
                ("tenant", _) => Call("tenantResourceId"),
                ("managementGroup", 0) => Extension(CurrentManagementGroup()),
                _ => Extension(new CallExpression("tenantResourceId", [Literal(new StringValue("Microsoft.Management/managementGroups"), at), lowered[0]], at)),
            };
        }

        // scope: someResource makes an extension resource of it; any other expression is taken as the scope's ID.
        return Lowerer.Lower(scope) is SymbolReferenceExpression { Member: null } reference
            ? Extension(reference with { Member = "id" })
            : Extension(Lowerer.Lower(scope));
    }

    /// <summary>resourceGroup(…), subscription(…), managementGroup(…) or tenant(), with or without az.</summary>
    internal static (string Function, IReadOnlyList<SyntaxElement> Arguments)? ScopeFunction(SyntaxElement scope) => scope switch
    {
        FunctionCallSyntax call when IsScopeFunction(call.Name.Name) => (call.Name.Name, [.. call.Arguments.Select(a => a.Expression)]),
        InstanceFunctionCallSyntax { BaseExpression: VariableAccessSyntax { Name.Name: BuiltIns.AzureNamespace } } call when IsScopeFunction(call.Name.Name) =>
            (call.Name.Name, [.. call.Arguments.Select(a => a.Expression)]),
        _ => null,
    };

    private static bool IsScopeFunction(string name) => name is "resourceGroup" or "subscription" or "managementGroup" or "tenant";

    // A reference to a loop instance that is not there: an Unknown index, a whole loop, or an index past the end,
    // which fails the deployment as indexing past the end of the array does in ARM.
    private Value NoInstance(Symbol symbol, Value? index, string what, SourceLocation? useSite)
    {
        switch (index)
        {
            case UnknownValue unknown:
                return unknown with { Origin = useSite, Candidates = [] };
            case IntegerValue i:
                Evaluator.Diagnostics.Add(EvaluationDiagnostics.InvalidArgument(useSite, "index", $"index {i.Value} is outside the {Instances(symbol).Count} instances of loop '{symbol.Name}'"));
                return new UnknownValue($"an index ({i.Value}) outside loop '{symbol.Name}'", useSite) { Origin = useSite };
            default:
                return new UnknownValue($"{what} loop '{symbol.Name}' as a whole, which the deployment reads", useSite) { Origin = useSite };
        }
    }

    private Value ResourceMember(Symbol symbol, Value? index, string? member, SourceLocation? useSite)
    {
        var info = Resource(symbol);
        var what = $"resource '{symbol.Name}'";
        switch (member)
        {
            case "type":
                return new StringValue(info.Type.Type) { Origin = useSite };
            case "apiVersion" when info.Type.ApiVersion is { } version:
                return new StringValue(version) { Origin = useSite };
            case "id" or "name":
                if (InstanceAt(symbol, index) is not { } instance)
                {
                    return NoInstance(symbol, index, $"the {member} of", useSite);
                }

                return (member == "id" ? ResourceId(instance) : OwnName(instance)).At(useSite, []);
            case "properties":
                return new UnknownValue($"the properties of {what}, which are known only after deployment", info.Shape.Header) { Origin = useSite };
            case null:
                return new UnknownValue($"{what} as a whole, which is read from the deployed resource", info.Shape.Header) { Origin = useSite };
            default:
                return new UnknownValue($"'{member}' of {what}, which is read from the deployed resource", info.Shape.Header) { Origin = useSite };
        }
    }
}
