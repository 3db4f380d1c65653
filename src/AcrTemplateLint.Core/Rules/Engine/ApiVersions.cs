using AcrTemplateLint.Evaluation.Values;
using AcrTemplateLint.Graph;
using AcrTemplateLint.Rules.Model;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Rules.Engine;

/// <summary>
/// Evaluates an <see cref="ApiVersionCondition"/>: does the resource set a property that its declared apiVersion does
/// not define (or use an apiVersion that does not define its type at all)? Only what the table lists is checked.
/// </summary>
internal static class ApiVersions
{
    public static ConditionResult Evaluate(ResourceNode resource, string tableName)
    {
        if (ApiVersionTable.Get(tableName)?.ForType(resource.Type) is not { } entry)
        {
            return new ConditionResult(Truth.False, null);
        }

        var versionLocation = resource.Body.GetEntry("apiVersion")?.Value.Origin ?? resource.Declaration;
        if (resource.ApiVersion is not { } version)
        {
            var unknown = resource.Body["apiVersion"] as UnknownValue ?? new UnknownValue("the resource's apiVersion", versionLocation);
            return new ConditionResult(Truth.Unknown, null, unknown, "apiVersion");
        }

        if (!entry.ApiVersions.Contains(version))
        {
            var evidence = new FieldValue("apiVersion", new StringValue(version), false, versionLocation, []);
            return new ConditionResult(Truth.True, evidence) { Detail = $"uses api-version {version}, which does not define the type {resource.Type}" };
        }

        // Properties are read as written (no provider defaults): the table's question is whether they are set.
        var lacking = entry.Properties
            .Where(p => !p.ApiVersions.Contains(version))
            .SelectMany(p => FieldResolver.Resolve(resource, p.Path, rule: null))
            .ToList();
        var offending = lacking.Where(v => v.IsPresent && !v.BelowUnknown).ToList();
        StableSort.Sort(offending, static (a, b) => a.Location.Span.Start.CompareTo(b.Location.Span.Start));
        if (offending.Count == 0)
        {
            // An enclosing object that is Unknown may or may not set a property this version lacks.
            return lacking.FirstOrDefault(v => v.BelowUnknown) is { Value: UnknownValue unknown } below
                ? new ConditionResult(Truth.Unknown, null, unknown, below.Field)
                : new ConditionResult(Truth.False, null);
        }

        var fields = offending.Select(v => v.Field).Distinct().ToList();
        var listed = fields.Count == 1 ? fields[0] : $"{string.Join(", ", fields.SkipLast(1))} and {fields[^1]}";
        var detail = $"sets {listed}, which api-version {version} does not define";
        return new ConditionResult(Truth.True, offending[0]) { Detail = detail };
    }

}
