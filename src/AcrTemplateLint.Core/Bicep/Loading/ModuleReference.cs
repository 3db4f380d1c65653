namespace AcrTemplateLint.Bicep.Loading;

/// <summary>How a module or import path is written: a local file, or a registry or template-spec reference.</summary>
internal static class ModuleReference
{
    /// <summary>br:registry/path:tag, br/alias:path:tag, ts:sub/group/name:version, ts/alias:name:version.</summary>
    public static bool IsRegistry(string path) =>
        path.StartsWith("br:", StringComparison.OrdinalIgnoreCase) || path.StartsWith("br/", StringComparison.OrdinalIgnoreCase)
        || path.StartsWith("ts:", StringComparison.OrdinalIgnoreCase) || path.StartsWith("ts/", StringComparison.OrdinalIgnoreCase);

    /// <summary>An ARM JSON template used as a module.</summary>
    public static bool IsJson(string path) =>
        path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".jsonc", StringComparison.OrdinalIgnoreCase);
}
