namespace AcrTemplateLint.Bicep.Binding;

/// <summary>
/// The names Bicep provides without a declaration: the functions of its <c>sys</c> and <c>az</c> namespaces, the
/// types a declaration may name, and the namespaces themselves. Names are case-sensitive, as in Bicep.
/// </summary>
/// <remarks>Hash sets rather than frozen ones: freezing is generic code the JIT compiles on every run.</remarks>
public static class BuiltIns
{
    public const string SystemNamespace = "sys";

    public const string AzureNamespace = "az";

    public static IReadOnlySet<string> SystemFunctions { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "any", "array", "base64", "base64ToJson", "base64ToString", "bool", "buildUri", "cidrHost", "cidrSubnet", "concat",
        "contains", "dataUri", "dataUriToString", "dateTimeAdd", "dateTimeFromEpoch", "dateTimeToEpoch", "distinct", "empty",
        "endsWith", "externalInput", "fail", "filter", "first", "flatten", "format", "groupBy", "guid", "indexOf", "int",
        "intersection", "items", "join", "json", "last", "lastIndexOf", "length", "like", "loadDirectoryFileInfo", "loadFileAsBase64",
        "loadJsonContent", "loadTextContent", "loadYamlContent", "map", "mapValues", "max", "min", "nameof", "newGuid",
        "objectKeys", "padLeft", "parseCidr", "parseUri", "range", "readCliArg", "readEnvVar", "readEnvironmentVariable",
        "reduce", "replace", "shallowMerge", "skip", "sort", "split", "startsWith", "string", "substring", "take", "toLower",
        "toObject", "toUpper", "trim", "union", "uniqueString", "uri", "uriComponent", "uriComponentToString", "utcNow",
    };

    public static IReadOnlySet<string> AzureFunctions { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "deployer", "deployment", "environment", "extensionResourceId", "getSecret", "managementGroup",
        "managementGroupResourceId", "pickZones", "providers", "reference", "resourceGroup", "resourceId", "roleDefinitions",
        "subscription", "subscriptionResourceId", "tenant", "tenantResourceId", "toLogicalZone", "toLogicalZones",
        "toPhysicalZone", "toPhysicalZones",
    };

    public static IReadOnlySet<string> Types { get; } = new HashSet<string>(StringComparer.Ordinal) { "string", "object", "int", "bool", "array", "any" };

    /// <summary>True for a function of sys or az; every list* name (listKeys, listSecrets…) is one.</summary>
    public static bool IsFunction(string name) =>
        SystemFunctions.Contains(name) || AzureFunctions.Contains(name) || name.StartsWith("list", StringComparison.Ordinal);

    /// <summary>True for a function that <paramref name="ns"/> (sys or az) provides.</summary>
    public static bool IsFunctionOf(string ns, string name) => ns switch
    {
        SystemNamespace => SystemFunctions.Contains(name),
        AzureNamespace => AzureFunctions.Contains(name) || name.StartsWith("list", StringComparison.Ordinal),
        _ => false,
    };
}
