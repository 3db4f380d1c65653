using AcrTemplateLint.Evaluation.Values;
using AcrTemplateLint.Graph;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Tests.Bicep;

/// <summary>
/// Compares the graph acrlint builds from a .bicep file with the one it builds from the JSON the Bicep compiler made
/// of it. Resources are matched by type, module depth, known name, symbolic name and loop index; then type,
/// apiVersion, symbolic name (when the JSON has symbolic names), name, condition, loop, existing and the body are
/// compared wherever both sides know the value. A value Unknown on the Bicep side but known in the JSON is counted
/// separately: acrlint should know everything the compiler knew.
/// </summary>
/// <remarks>
/// Types compare ignoring case, as Azure Resource Manager compares them: the compiler rewrites a type's casing
/// from its type library ('publicIpAddresses' becomes 'publicIPAddresses'), which acrlint does not have. Older
/// compilers named the loop of a nested resource by its own symbol ('child'), newer ones by its path
/// ('parent::child'); both are accepted. Line endings in strings are compared as LF: the compiler read a checkout
/// that may have had CRLF. What the compiler writes itself is not compared: dependsOn (inferred from references), a resource's scope,
/// subscriptionId and resourceGroup (written from the scope property), the existing flag in the body (it is
/// <see cref="ResourceNode.IsExisting"/>), which extension provides a resource (import, extension: the
/// extension's type library says), and for the deployment a module becomes, its apiVersion (the compiler
/// version's choice), location, expressionEvaluationOptions and mode. Parent links are not compared either: the
/// compiled JSON declares children at the top level with their full type and name, which are compared. A languageVersion 1.0 template does not
/// contain existing resources at all, so an existing resource the JSON lacks is no difference.
/// </remarks>
public sealed class GraphComparer
{
    private const string DeploymentType = "Microsoft.Resources/deployments";

    private static readonly HashSet<string> CompilerKeys = new(StringComparer.OrdinalIgnoreCase) { "dependsOn", "scope", "subscriptionId", "resourceGroup", "existing", "import", "extension" };

    private static readonly HashSet<string> DeploymentKeys = new(StringComparer.OrdinalIgnoreCase) { "location", "expressionEvaluationOptions", "mode" };

    private readonly List<string> differences = [];

    // The deployment each Bicep module instance was matched with, by the path of declarations that leads to each
    // (one module file called from two places is two instances), to match what they contain.
    private readonly Dictionary<string, string> deployments = [];

    private GraphComparer()
    {
    }

    /// <summary>Every difference, in resource order.</summary>
    public IReadOnlyList<string> Differences => differences;

    /// <summary>Resources matched between the two graphs.</summary>
    public int Matched { get; private set; }

    /// <summary>Leaf values compared because both sides know them.</summary>
    public int Compared { get; private set; }

    /// <summary>Where the Bicep side has an Unknown and the JSON side a known value.</summary>
    public List<string> UnknownButKnown { get; } = [];

    public static GraphComparer Compare(ResourceGraph bicep, ResourceGraph json, bool jsonHasSymbolicNames)
    {
        var comparer = new GraphComparer();
        var right = json.Resources.ToList();
        foreach (var resource in bicep.Resources)
        {
            if (comparer.Match(resource, right, jsonHasSymbolicNames) is { } other)
            {
                right.Remove(other);
                comparer.Matched++;
                comparer.deployments.TryAdd(Path([.. resource.ModuleTrace.Select(h => h.Location), resource.Declaration]), Path([.. other.ModuleTrace.Select(h => h.Location), other.Declaration]));
                comparer.CompareResource(resource, other, jsonHasSymbolicNames);
            }
            else if (!resource.IsExisting)
            {
                comparer.differences.Add($"{Describe(resource)} is only in the Bicep graph");
            }
        }

        comparer.differences.AddRange(right.Select(r => $"{Describe(r)} is only in the JSON graph"));
        return comparer;
    }

    // The same type at the same module depth, and existing only with existing; then, in order of certainty: the same
    // known name, the same symbolic name, the same loop (the compiler names a loop by its symbol), any that is not
    // known to differ.
    private ResourceNode? Match(ResourceNode resource, List<ResourceNode> candidates, bool symbolic)
    {
        var same = candidates.Where(c => string.Equals(c.Type, resource.Type, StringComparison.OrdinalIgnoreCase)
            && SameModules(resource, c) && c.IsExisting == resource.IsExisting).ToList();
        return same.FirstOrDefault(c => Text(c.Name) is { } name && name == Text(resource.Name) && SameIndex(c, resource))
            ?? (symbolic ? same.FirstOrDefault(c => c.SymbolicName == resource.SymbolicName && SameIndex(c, resource)) : null)
            ?? same.FirstOrDefault(c => c.Copy is { } copy && resource.Copy is { } own && SameLoop(own.LoopName, copy.LoopName) && SameIndex(c, resource) && Open(c, resource))
            ?? same.FirstOrDefault(c => (c.Copy is null) == (resource.Copy is null) && SameIndex(c, resource) && Open(c, resource));
    }

    // The same depth of modules, and at each level the deployment that was matched with the module (when it was).
    private bool SameModules(ResourceNode bicep, ResourceNode json) =>
        bicep.ModuleTrace.Length == json.ModuleTrace.Length
        && Enumerable.Range(1, bicep.ModuleTrace.Length).All(i => !deployments.TryGetValue(PathOf(i, bicep), out var matched) || matched == PathOf(i, json));

    // The declarations of the first `depth` module calls that lead to a resource: the path of the deployment at that depth.
    private static string PathOf(int depth, ResourceNode resource) => Path([.. resource.ModuleTrace.Take(depth).Select(h => h.Location)]);

    private static string Path(IEnumerable<SourceLocation> locations) => string.Join(" | ", locations.Select(l => $"{l.File.DisplayPath}@{l.Span.Start}"));

    private static bool Open(ResourceNode json, ResourceNode bicep) =>
        (Text(json.Name) is null || Text(bicep.Name) is null) && SameSymbol(json, bicep);

    private static bool SameLoop(string bicep, string json) => bicep == json || bicep.EndsWith("::" + json, StringComparison.Ordinal);

    // Symbolic names decide only where the JSON has them (a module's template may be languageVersion 1.0 in a 2.0 one).
    private static bool SameSymbol(ResourceNode json, ResourceNode bicep) => json.SymbolicName is null || json.SymbolicName == bicep.SymbolicName;

    private static bool SameIndex(ResourceNode a, ResourceNode b) =>
        (a.Copy?.Index, b.Copy?.Index) switch
        {
            (IntegerValue x, IntegerValue y) => x.Value == y.Value,
            (null, null) => true,
            (null, _) or (_, null) => false,
            _ => true,
        };

    private void CompareResource(ResourceNode bicep, ResourceNode json, bool symbolic)
    {
        var what = Describe(bicep);
        var isModule = bicep.IsType(DeploymentType);
        Check(string.Equals(bicep.Type, json.Type, StringComparison.OrdinalIgnoreCase), $"{what}: type {bicep.Type} vs {json.Type}");
        Check(isModule || bicep.ApiVersion == json.ApiVersion, $"{what}: apiVersion {bicep.ApiVersion} vs {json.ApiVersion}");
        Check(!symbolic || json.SymbolicName is null || bicep.SymbolicName == json.SymbolicName, $"{what}: symbolic name {bicep.SymbolicName} vs {json.SymbolicName}");
        Check(bicep.IsExisting == json.IsExisting, $"{what}: existing {bicep.IsExisting} vs {json.IsExisting}");
        CompareValue($"{what} name", bicep.Name, json.Name);
        CompareValue($"{what} condition", bicep.Condition ?? new BooleanValue(true), json.Condition ?? new BooleanValue(true));
        Check((bicep.Copy is null) == (json.Copy is null), $"{what}: loop {bicep.Copy?.LoopName} vs {json.Copy?.LoopName}");
        if (bicep.Copy is { } left && json.Copy is { } right)
        {
            Check(SameLoop(left.LoopName, right.LoopName), $"{what}: loop name {left.LoopName} vs {right.LoopName}");
            CompareValue($"{what} loop count", left.Count, right.Count);
            CompareValue($"{what} loop index", left.Index, right.Index);
        }

        CompareObject($"{what} body", bicep.Body, json.Body, isModule ? 0 : -1, isModule);
    }

    private void Check(bool same, string difference)
    {
        if (!same)
        {
            differences.Add(difference);
        }
    }

    private void CompareObject(string path, ObjectValue bicep, ObjectValue json, int depth, bool isModule)
    {
        bool Ignored(string key) => (depth <= 0 && CompilerKeys.Contains(key)) || (isModule && depth <= 1 && DeploymentKeys.Contains(key))
            || (isModule && depth == 0 && key.Equals("apiVersion", StringComparison.OrdinalIgnoreCase));
        var keys = bicep.Entries.Select(e => e.Key).Concat(json.Entries.Select(e => e.Key)).Where(k => !Ignored(k)).Distinct(StringComparer.OrdinalIgnoreCase);
        foreach (var key in keys)
        {
            var (left, right) = (bicep[key], json[key]);
            if (left is null || right is null)
            {
                differences.Add($"{path}.{key}: only in the {(left is null ? "JSON" : "Bicep")} graph");
                continue;
            }

            if (depth <= 0 && key.Equals("type", StringComparison.OrdinalIgnoreCase) && left is StringValue t1 && right is StringValue t2)
            {
                Check(string.Equals(t1.Value, t2.Value, StringComparison.OrdinalIgnoreCase), $"{path}.type: {t1.Value} vs {t2.Value}");
                continue;
            }

            CompareValue($"{path}.{key}", left, right, depth + 1, isModule);
        }
    }

    private void CompareValue(string path, Value bicep, Value json, int depth = 1, bool isModule = false)
    {
        switch (bicep, json)
        {
            case (UnknownValue, UnknownValue):
                return;
            case (UnknownValue unknown, _):
                if (IsKnown(json))
                {
                    UnknownButKnown.Add($"{path}: Unknown ({unknown.Reason}) but the JSON knows {ValueFormatter.Display(json)}");
                }

                return;
            case (_, UnknownValue):
                return;
            case (ObjectValue left, ObjectValue right):
                CompareObject(path, left, right, depth, isModule);
                return;
            case (ArrayValue left, ArrayValue right):
                if (left.Items.Length != right.Items.Length)
                {
                    differences.Add($"{path}: {left.Items.Length} items vs {right.Items.Length}");
                    return;
                }

                for (var i = 0; i < left.Items.Length; i++)
                {
                    CompareValue($"{path}[{i}]", left.Items[i], right.Items[i], depth + 1, isModule);
                }

                return;
            case (ResourceIdValue left, ResourceIdValue right):
                Check(left.Kind == right.Kind && string.Equals(left.ResourceType, right.ResourceType, StringComparison.OrdinalIgnoreCase) && left.Names.Length == right.Names.Length,
                    $"{path}: {ValueFormatter.Display(left)} vs {ValueFormatter.Display(right)}");
                for (var i = 0; i < Math.Min(left.Names.Length, right.Names.Length); i++)
                {
                    CompareValue($"{path} name {i}", left.Names[i], right.Names[i]);
                }

                if (left.Scope is { } ls && right.Scope is { } rs)
                {
                    CompareValue($"{path} scope", ls, rs);
                }
                else
                {
                    Check((left.Scope is null) == (right.Scope is null), $"{path}: scope {Show(left.Scope)} vs {Show(right.Scope)}");
                }

                return;
            case (StringValue left, StringValue right) when left.Value.Replace("\r\n", "\n", StringComparison.Ordinal) == right.Value.Replace("\r\n", "\n", StringComparison.Ordinal):
                // A multi-line string has the line endings of the checkout the compiler read; the corpus has LF.
                return;
            default:
                Compared++;
                if (ValueEquality.TryEqual(bicep, json, StringComparison.Ordinal) == false)
                {
                    differences.Add($"{path}: {ValueFormatter.Display(bicep)} vs {ValueFormatter.Display(json)}");
                }

                return;
        }
    }

    // A value with nothing Unknown in it (a resource ID counts as known when its names are).
    private static bool IsKnown(Value value) => value switch
    {
        UnknownValue => false,
        ResourceIdValue id => id.Names.All(IsKnown),
        ArrayValue a => a.Items.All(IsKnown),
        ObjectValue o => o.Entries.All(e => IsKnown(e.Value)),
        _ => true,
    };

    private static string Show(Value? value) => value is null ? "(none)" : ValueFormatter.Display(value);

    private static string? Text(Value value) => value is StringValue s ? s.Value : null;

    private static string Describe(ResourceNode resource)
    {
        var index = resource.Copy?.Index is IntegerValue i ? $"[{i.Value}]" : resource.Copy is null ? "" : "[?]";
        var modules = resource.ModuleTrace.IsEmpty ? "" : $" in {string.Join(" > ", resource.ModuleTrace.Select(h => h.Description))}";
        return $"{resource.Type} '{Text(resource.Name) ?? resource.SymbolicName ?? "?"}'{index}{modules}";
    }
}
