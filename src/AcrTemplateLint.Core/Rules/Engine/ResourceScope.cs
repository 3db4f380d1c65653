using AcrTemplateLint.Evaluation;
using AcrTemplateLint.Evaluation.Values;
using AcrTemplateLint.Graph;
using AcrTemplateLint.Rules.Model;
using AcrTemplateLint.Rules.Paths;
using AcrTemplateLint.Rules.Policy;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Rules.Engine;

/// <summary>
/// What an expression in a rule condition sees while the rule looks at one resource: the rule's parameters, and the
/// resource itself for field() and current() (the element a count…where is at). Azure Policy rules name fields by
/// alias; rule files by path.
/// </summary>
internal sealed class ResourceScope : ITemplateScope
{
    private readonly RuleScope parameters;
    private readonly Rule rule;
    private readonly ResourceNode resource;
    private readonly ElementBinding? element;

    public ResourceScope(RuleScope parameters, Rule rule, ResourceNode resource, ElementBinding? element)
    {
        this.parameters = parameters;
        this.rule = rule;
        this.resource = resource;
        this.element = element;
    }

    public DeploymentContext Deployment => parameters.Deployment;

    public Value GetParameter(string name, SourceLocation? useSite) => parameters.GetParameter(name, useSite);

    public Value GetVariable(string name, SourceLocation? useSite) => parameters.GetVariable(name, useSite);

    public UserFunction? GetFunction(string? ns, string name) => null;

    /// <summary>
    /// The value of a field: one value, or an array when the path has [*] beyond the current count element. Absent
    /// is null. current() only reads inside a count over that path; it returns null (not found) elsewhere.
    /// </summary>
    public Value? Read(string field, bool current, SourceLocation? useSite)
    {
        string? error;
        var path = rule.Origin == RuleOrigin.AzurePolicy ? AliasMapper.Map(field, out error) : FieldPath.TryParse(field, out error);
        if (path is null)
        {
            return new UnknownValue($"the field '{field}', which is not valid ({error})", useSite) { Origin = useSite };
        }

        var bound = element is not null && path.StartsWith(element.Path) ? element : null;
        if (current && bound is null)
        {
            return null;
        }

        var values = FieldResolver.Resolve(resource, path, rule, bound);
        if (values.FirstOrDefault(v => v.BelowUnknown)?.Value is UnknownValue whole)
        {
            return whole;
        }

        return path.Segments.Skip(bound?.Path.Segments.Length ?? 0).Any(s => s.IsWildcard)
            ? new ArrayValue([.. values.Where(v => v.Value is not null).Select(AsValue)]) { Origin = useSite }
            : AsValue(values[0]);
    }

    private static Value AsValue(FieldValue found) =>
        found.Value is { } value ? value with { Origin = found.Location, Trace = found.Trace } : new NullValue { Origin = found.Location };
}
