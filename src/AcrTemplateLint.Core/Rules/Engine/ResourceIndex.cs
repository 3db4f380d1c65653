using AcrTemplateLint.Evaluation.Values;
using AcrTemplateLint.Graph;

namespace AcrTemplateLint.Rules.Engine;

/// <summary>
/// The resources every analysed file declares (not `existing`), by type and full name: how a task in one file finds
/// its registry declared in another.
/// </summary>
public sealed class ResourceIndex
{
    private readonly Dictionary<(string Type, string Name), ResourceNode> resources = new(KeyComparer.Instance);

    public static ResourceIndex Empty { get; } = new();

    public void Add(ResourceNode resource)
    {
        if (!resource.IsExisting && resource.Name is StringValue name)
        {
            resources.TryAdd((resource.Type, name.Value), resource);
        }
    }

    public ResourceNode? Find(string type, string name) => resources.GetValueOrDefault((type, name));

    private sealed class KeyComparer : IEqualityComparer<(string Type, string Name)>
    {
        public static KeyComparer Instance { get; } = new();

        public bool Equals((string Type, string Name) x, (string Type, string Name) y) =>
            string.Equals(x.Type, y.Type, StringComparison.OrdinalIgnoreCase) && string.Equals(x.Name, y.Name, StringComparison.OrdinalIgnoreCase);

        public int GetHashCode((string Type, string Name) key) =>
            HashCode.Combine(StringComparer.OrdinalIgnoreCase.GetHashCode(key.Type), StringComparer.OrdinalIgnoreCase.GetHashCode(key.Name));
    }
}
