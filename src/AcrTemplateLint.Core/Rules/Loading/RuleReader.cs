using System.Collections.Immutable;
using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Evaluation.Expressions;
using AcrTemplateLint.Evaluation.Values;
using AcrTemplateLint.Rules.Engine;
using AcrTemplateLint.Rules.Model;
using AcrTemplateLint.Rules.Paths;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Rules.Loading;

/// <summary>
/// Reads one rule mapping, from YAML or JSON (the format is documented in rules/README.md), reporting every problem it finds with its
/// YAML position rather than stopping at the first.
/// </summary>
internal sealed class RuleReader
{
    private static readonly string[] RuleKeys =
    [
        "id", "name", "title", "description", "effect", "ruleset", "tags", "securitySeverity", "policy", "resource",
        "defaults", "parameters", "related", "message", "if", "location", "sourceOrder", "checks", "tests",
    ];

    private static readonly string[] CheckKeys = ["name", "if", "message", "effect", "location", "sourceOrder"];
    private static readonly string[] TestKeys = ["name", "expect", "arm", "bicep", "message"];
    private static readonly string[] ParameterKeys = ["default", "description"];
    private static readonly string[] RelatedKeys = ["relation", "type", "groupId"];
    private static readonly string[] CountKeys = ["field", "related", "where"];
    private const string ApiVersionKey = "unsupportedByApiVersion";

    private static readonly ConditionOperator[] CountOperators =
        [ConditionOperator.Equals, ConditionOperator.NotEquals, ConditionOperator.Less, ConditionOperator.LessOrEquals, ConditionOperator.Greater, ConditionOperator.GreaterOrEquals];

    private readonly SourceFile file;
    private readonly DiagnosticBag diagnostics;
    private ImmutableArray<RuleParameter> parameters = [];
    private ImmutableArray<RelatedDeclaration> related = [];

    public RuleReader(SourceFile file, DiagnosticBag diagnostics)
    {
        this.file = file;
        this.diagnostics = diagnostics;
    }

    public Rule Read(DocumentMapping root)
    {
        var map = Keys(root, "rule", RuleKeys);
        parameters = map.TryGetValue("parameters", out var parameterNode) ? ReadParameters(parameterNode) : [];
        related = map.TryGetValue("related", out var relatedNode) ? ReadRelated(relatedNode) : [];
        var effect = RequiredEnum<RuleEffect>(map, root, "effect", "rule");
        var defaultMessage = OptionalString(map, "message");

        ImmutableArray<RuleCheck> checks;
        if (map.TryGetValue("checks", out var checksNode))
        {
            foreach (var key in new[] { "if", "location", "sourceOrder" }.Where(map.ContainsKey))
            {
                diagnostics.Add(RuleDiagnostics.OperatorCount(At(root), $"'{key}' belongs inside each check when a rule has 'checks'"));
            }

            checks = ReadChecks(checksNode, defaultMessage);
        }
        else
        {
            var condition = RequiredCondition(map, root, "rule");
            if (defaultMessage is null)
            {
                diagnostics.Add(RuleDiagnostics.MissingKey(At(root), "message", "rule"));
            }

            checks = condition is null ? [] : [ReadCheckOptions(map, new RuleCheck("", condition, defaultMessage ?? "", null))];
        }

        var rule = new Rule
        {
            Id = RequiredString(map, root, "id", "rule") ?? "",
            Name = RequiredString(map, root, "name", "rule") ?? "",
            Title = RequiredString(map, root, "title", "rule") ?? "",
            Description = RequiredString(map, root, "description", "rule") ?? "",
            Effect = effect ?? RuleEffect.Deny,
            Ruleset = OptionalString(map, "ruleset") ?? "core",
            Tags = map.TryGetValue("tags", out var tags) ? StringList(tags, "tags") : [],
            SecuritySeverity = OptionalString(map, "securitySeverity"),
            PolicyId = OptionalString(map, "policy"),
            ResourceTypes = map.TryGetValue("resource", out var resource) ? StringList(resource, "resource") : [],
            Defaults = map.TryGetValue("defaults", out var defaults) ? ReadDefaults(defaults) : [],
            Parameters = parameters,
            Related = related,
            Checks = checks,
            Tests = map.TryGetValue("tests", out var tests) ? ReadTests(tests) : [],
            Source = file,
        };

        if (rule.ResourceTypes.IsEmpty)
        {
            diagnostics.Add(RuleDiagnostics.MissingKey(At(root), "resource", "rule"));
        }

        return rule;
    }

    private ImmutableArray<RuleCheck> ReadChecks(DocumentNode node, string? defaultMessage)
    {
        if (node is not DocumentSequence sequence || sequence.Children.Length == 0)
        {
            diagnostics.Add(RuleDiagnostics.WrongType(At(node), "checks", "a non-empty list of checks"));
            return [];
        }

        var checks = ImmutableArray.CreateBuilder<RuleCheck>();
        foreach (var item in sequence.Children)
        {
            if (item is not DocumentMapping checkNode)
            {
                diagnostics.Add(RuleDiagnostics.WrongType(At(item), "a check", "a mapping"));
                continue;
            }

            var map = Keys(checkNode, "check", CheckKeys);
            var name = RequiredString(map, checkNode, "name", "check") ?? "";
            var condition = RequiredCondition(map, checkNode, "check");
            var message = OptionalString(map, "message") ?? defaultMessage;
            if (message is null)
            {
                diagnostics.Add(RuleDiagnostics.MissingKey(At(checkNode), "message", "check (or the rule)"));
            }

            var effect = map.TryGetValue("effect", out var effectNode) ? ReadEnum<RuleEffect>(effectNode, "effect") : null;
            if (condition is not null)
            {
                checks.Add(ReadCheckOptions(map, new RuleCheck(name, condition, message ?? "", effect)));
            }
        }

        return checks.ToImmutable();
    }

    private RuleCheck ReadCheckOptions(Dictionary<string, DocumentNode> map, RuleCheck check)
    {
        if (map.TryGetValue("location", out var locationNode))
        {
            check = check with { Location = [.. StringList(locationNode, "location").Select(p => ParsePath(p, locationNode)).OfType<FieldPath>()] };
        }

        if (map.TryGetValue("sourceOrder", out var orderNode))
        {
            check = check with { SourceOrder = DocumentValues.ToValue(orderNode) is BooleanValue { Value: true } };
        }

        return check;
    }

    private Condition? ReadCondition(DocumentNode node)
    {
        if (node is not DocumentMapping mapping)
        {
            diagnostics.Add(RuleDiagnostics.WrongType(At(node), "a condition", "a mapping"));
            return null;
        }

        var keys = mapping.Children.Select(p => new ConditionKey(p.Key.Value ?? "", p.Value, p.Key)).ToList();
        var because = keys.FirstOrDefault(k => IsKey(k.Key, "because"));
        keys.RemoveAll(k => IsKey(k.Key, "because"));
        var condition = ReadConditionCore(mapping, keys);
        return because is null || condition is null ? condition : condition with { Because = AsString(because.Node, "because") };
    }

    private Condition? ReadConditionCore(DocumentMapping mapping, List<ConditionKey> keys)
    {
        var location = At(mapping);
        if (keys.FirstOrDefault(k => IsKey(k.Key, "allOf") || IsKey(k.Key, "anyOf") || IsKey(k.Key, "not")) is { } logical)
        {
            if (keys.Count > 1)
            {
                diagnostics.Add(RuleDiagnostics.OperatorCount(location, $"'{logical.Key}' must be alone in its mapping"));
                return null;
            }

            if (IsKey(logical.Key, "not"))
            {
                return ReadCondition(logical.Node) is { } inner ? new NotCondition(inner, location) : null;
            }

            if (logical.Node is not DocumentSequence sequence || sequence.Children.Length == 0)
            {
                diagnostics.Add(RuleDiagnostics.WrongType(At(logical.Node), logical.Key, "a non-empty list of conditions"));
                return null;
            }

            var conditions = sequence.Children.Select(ReadCondition).ToList();
            if (conditions.Any(c => c is null))
            {
                return null;
            }

            var items = conditions.OfType<Condition>().ToImmutableArray();
            return IsKey(logical.Key, "allOf") ? new AllOfCondition(items, location) : new AnyOfCondition(items, location);
        }

        if (keys.FirstOrDefault(k => IsKey(k.Key, ApiVersionKey)) is { } api)
        {
            return ReadApiVersion(keys.Count, api.Node, location);
        }

        if (keys.Any(k => IsKey(k.Key, "related")) && !keys.Any(k => IsKey(k.Key, "count")))
        {
            return ReadRelatedCondition(keys, location);
        }

        return ReadLeaf(keys, location);
    }

    private Condition? ReadApiVersion(int keyCount, DocumentNode node, SourceLocation location)
    {
        if (keyCount > 1)
        {
            diagnostics.Add(RuleDiagnostics.OperatorCount(location, $"'{ApiVersionKey}' must be alone in its mapping"));
            return null;
        }

        var table = DocumentValues.Scalar(node) ?? "";
        if (ApiVersionTable.Get(table) is null)
        {
            diagnostics.Add(RuleDiagnostics.UnknownReference(At(node), "api-version table", table, ApiVersionTable.Names));
            return null;
        }

        return new ApiVersionCondition(table, location);
    }

    private Condition? ReadRelatedCondition(List<ConditionKey> keys, SourceLocation location)
    {
        var name = keys.First(k => IsKey(k.Key, "related"));
        var where = keys.FirstOrDefault(k => IsKey(k.Key, "where"));
        foreach (var extra in keys.Where(k => !IsKey(k.Key, "related") && !IsKey(k.Key, "where")))
        {
            diagnostics.Add(RuleDiagnostics.UnknownKey(At(extra.KeyNode), extra.Key, "a related condition", ["related", "where"]));
            return null;
        }

        if (where is null)
        {
            diagnostics.Add(RuleDiagnostics.MissingKey(location, "where", "related condition"));
            return null;
        }

        var relation = CheckRelated(name.Node);
        var condition = ReadCondition(where.Node);
        return relation is null || condition is null ? null : new RelatedCondition(relation, condition, location);
    }

    private Condition? ReadLeaf(List<ConditionKey> keys, SourceLocation location)
    {
        Operand? operand = null;
        var operators = new List<OperatorKey>();
        foreach (var (key, node, keyNode) in keys)
        {
            if (IsKey(key, "field"))
            {
                operand = DocumentValues.Scalar(node) is { } text && ParsePath(text, node) is { } path ? new FieldOperand(path) : null;
                if (operand is null)
                {
                    return null;
                }
            }
            else if (IsKey(key, "value"))
            {
                var expression = DocumentExpressions.Lower(file, node, diagnostics);
                CheckParameters(expression);
                operand = new ValueOperand(expression, DocumentValues.Scalar(node) ?? "value");
            }
            else if (IsKey(key, "count"))
            {
                operand = ReadCount(node);
                if (operand is null)
                {
                    return null;
                }
            }
            else if (TryParseName<ConditionOperator>(key, out var op))
            {
                operators.Add(new OperatorKey(op, node, keyNode));
            }
            else
            {
                diagnostics.Add(RuleDiagnostics.UnknownKey(At(keyNode), key, "a condition",
                    ["field", "value", "count", "related", "because", "allOf", "anyOf", "not", ApiVersionKey, .. Enum.GetNames(typeof(ConditionOperator)).Select(Camel)]));
                return null;
            }
        }

        if (operand is null)
        {
            diagnostics.Add(RuleDiagnostics.OperatorCount(location, "a condition needs 'field', 'value' or 'count' (or 'allOf', 'anyOf', 'not', 'related')"));
            return null;
        }

        if (operators.Count != 1)
        {
            var found = operators.Count == 0 ? "none" : string.Join(", ", operators.Select(o => Camel(o.Operator.ToString())));
            diagnostics.Add(RuleDiagnostics.OperatorCount(location, $"a condition needs exactly one operator (found {found})"));
            return null;
        }

        var (chosen, expectedNode, operatorKey) = operators[0];
        if (operand is CountOperand && !CountOperators.Contains(chosen))
        {
            diagnostics.Add(RuleDiagnostics.WrongType(At(operatorKey), "count", "compared with equals, notEquals, less, lessOrEquals, greater or greaterOrEquals"));
            return null;
        }

        var expected = DocumentExpressions.Lower(file, expectedNode, diagnostics);
        CheckParameters(expected);
        return CheckExpected(chosen, expected, expectedNode) ? new LeafCondition(operand, chosen, expected, location) : null;
    }

    // Literal expected values must fit the operator; expressions are checked when they are evaluated.
    private bool CheckExpected(ConditionOperator op, Expression expected, DocumentNode node)
    {
        if (expected is not LiteralExpression { Value: var value })
        {
            return true;
        }

        var (ok, wanted) = op switch
        {
            ConditionOperator.Exists or ConditionOperator.IsIpv4Range => (value is BooleanValue, "true or false"),
            ConditionOperator.In or ConditionOperator.NotIn or ConditionOperator.IpOverlaps => (value is ArrayValue, "a list"),
            ConditionOperator.IpPrefixLengthLess => (value is IntegerValue { Value: >= 0 and <= 32 }, "a prefix length from 0 to 32"),
            ConditionOperator.Like or ConditionOperator.NotLike or ConditionOperator.Match or ConditionOperator.NotMatch
                or ConditionOperator.MatchInsensitively or ConditionOperator.NotMatchInsensitively => (value is StringValue, "a string pattern"),
            _ => (true, ""),
        };
        if (op == ConditionOperator.IpOverlaps && value is ArrayValue ranges && ranges.Items.FirstOrDefault(r => r is not StringValue s || Ipv4Range.TryParse(s.Value) is null) is { } bad)
        {
            diagnostics.Add(RuleDiagnostics.WrongType(bad.Origin ?? At(node), "ipOverlaps", $"a list of IPv4 ranges ('{ValueFormatter.Display(bad)}' is not one)"));
            return false;
        }

        if (!ok)
        {
            diagnostics.Add(RuleDiagnostics.WrongType(At(node), Camel(op.ToString()), wanted));
        }

        return ok;
    }

    private CountOperand? ReadCount(DocumentNode node)
    {
        if (node is not DocumentMapping mapping)
        {
            diagnostics.Add(RuleDiagnostics.WrongType(At(node), "count", "a mapping with 'field' or 'related', and optionally 'where'"));
            return null;
        }

        var map = Keys(mapping, "count", CountKeys);
        if (map.ContainsKey("field") == map.ContainsKey("related"))
        {
            diagnostics.Add(RuleDiagnostics.OperatorCount(At(mapping), "a count needs exactly one of 'field' or 'related'"));
            return null;
        }

        var where = map.TryGetValue("where", out var whereNode) ? ReadCondition(whereNode) : null;
        if (whereNode is not null && where is null)
        {
            return null;
        }

        if (map.TryGetValue("related", out var relatedNode))
        {
            return CheckRelated(relatedNode) is { } name ? new CountOperand(null, name, where) : null;
        }

        var fieldNode = map["field"];
        if (ParsePath(DocumentValues.Scalar(fieldNode) ?? "", fieldNode) is not { } path)
        {
            return null;
        }

        if (!path.EndsWithWildcard)
        {
            diagnostics.Add(RuleDiagnostics.InvalidFieldPath(At(fieldNode), path.ToString(), "a counted field must end with [*]"));
            return null;
        }

        return new CountOperand(path, null, where);
    }

    private string? CheckRelated(DocumentNode node)
    {
        var name = DocumentValues.Scalar(node) ?? "";
        if (related.Any(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            return name;
        }

        diagnostics.Add(RuleDiagnostics.UnknownReference(At(node), "related resource set", name, related.Select(r => r.Name)));
        return null;
    }

    private void CheckParameters(Expression expression)
    {
        foreach (var (name, location) in DocumentExpressions.ParameterReferences(expression))
        {
            if (!parameters.Any(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)))
            {
                diagnostics.Add(RuleDiagnostics.UnknownParameter(location ?? new SourceLocation(file, new TextSpan(0, 0)), name, parameters.Select(p => p.Name)));
            }
        }
    }

    private ImmutableArray<RuleParameter> ReadParameters(DocumentNode node)
    {
        if (node is not DocumentMapping mapping)
        {
            diagnostics.Add(RuleDiagnostics.WrongType(At(node), "parameters", "a mapping of parameter names to { default, description }"));
            return [];
        }

        var result = ImmutableArray.CreateBuilder<RuleParameter>();
        foreach (var (key, value) in mapping.Children)
        {
            if (value is not DocumentMapping definition)
            {
                diagnostics.Add(RuleDiagnostics.WrongType(At(value), DocumentValues.Scalar(key) ?? "a parameter", "a mapping with 'default'"));
                continue;
            }

            var map = Keys(definition, "parameter", ParameterKeys);
            if (!map.TryGetValue("default", out var defaultNode))
            {
                diagnostics.Add(RuleDiagnostics.MissingKey(At(definition), "default", "parameter"));
                continue;
            }

            result.Add(new RuleParameter(DocumentValues.Scalar(key) ?? "", DocumentValues.ToValue(defaultNode), OptionalString(map, "description"), At(key)));
        }

        return result.ToImmutable();
    }

    private ImmutableArray<RelatedDeclaration> ReadRelated(DocumentNode node)
    {
        if (node is not DocumentMapping mapping)
        {
            diagnostics.Add(RuleDiagnostics.WrongType(At(node), "related", "a mapping of names to { relation, type, groupId }"));
            return [];
        }

        var result = ImmutableArray.CreateBuilder<RelatedDeclaration>();
        foreach (var (key, value) in mapping.Children)
        {
            if (value is not DocumentMapping definition)
            {
                diagnostics.Add(RuleDiagnostics.WrongType(At(value), DocumentValues.Scalar(key) ?? "a relation", "a mapping with 'relation'"));
                continue;
            }

            var map = Keys(definition, "related resource set", RelatedKeys);
            var kind = RequiredEnum<RelationKind>(map, definition, "relation", "related resource set");
            var type = OptionalString(map, "type");
            if (kind == RelationKind.Children && type is null)
            {
                diagnostics.Add(RuleDiagnostics.MissingKey(At(definition), "type", "children relation"));
                continue;
            }

            if (kind is { } relation)
            {
                result.Add(new RelatedDeclaration(DocumentValues.Scalar(key) ?? "", relation, type, OptionalString(map, "groupId")));
            }
        }

        return result.ToImmutable();
    }

    private ImmutableArray<FieldDefault> ReadDefaults(DocumentNode node)
    {
        if (node is not DocumentMapping mapping)
        {
            diagnostics.Add(RuleDiagnostics.WrongType(At(node), "defaults", "a mapping of field paths to values"));
            return [];
        }

        var defaults = ImmutableArray.CreateBuilder<FieldDefault>();
        foreach (var pair in mapping.Children)
        {
            if (ParsePath(DocumentValues.Scalar(pair.Key) ?? "", pair.Key) is { } path)
            {
                defaults.Add(new FieldDefault(path, DocumentValues.ToValue(pair.Value)));
            }
        }

        return defaults.ToImmutable();
    }

    private ImmutableArray<RuleTestCase> ReadTests(DocumentNode node)
    {
        if (node is not DocumentSequence sequence)
        {
            diagnostics.Add(RuleDiagnostics.WrongType(At(node), "tests", "a list"));
            return [];
        }

        var tests = ImmutableArray.CreateBuilder<RuleTestCase>();
        foreach (var item in sequence.Children)
        {
            if (item is not DocumentMapping test)
            {
                diagnostics.Add(RuleDiagnostics.WrongType(At(item), "a test", "a mapping"));
                continue;
            }

            var map = Keys(test, "test", TestKeys);
            var name = RequiredString(map, test, "name", "test") ?? "";
            var expect = RequiredEnum<RuleOutcome>(map, test, "expect", "test");
            var arm = OptionalString(map, "arm");
            var bicep = OptionalString(map, "bicep");
            if ((arm is null) == (bicep is null))
            {
                diagnostics.Add(RuleDiagnostics.OperatorCount(At(test), "a test needs exactly one of 'arm' or 'bicep'"));
                continue;
            }

            var language = arm is not null ? TemplateLanguage.Arm : TemplateLanguage.Bicep;
            tests.Add(new RuleTestCase(name, expect ?? RuleOutcome.Fail, language, arm ?? bicep ?? "", OptionalString(map, "message"), At(test)));
        }

        return tests.ToImmutable();
    }

    private FieldPath? ParsePath(string text, DocumentNode node)
    {
        if (FieldPath.TryParse(text, out var error) is { } path)
        {
            return path;
        }

        diagnostics.Add(RuleDiagnostics.InvalidFieldPath(At(node), text, error ?? "malformed"));
        return null;
    }

    private Dictionary<string, DocumentNode> Keys(DocumentMapping mapping, string where, string[] allowed)
    {
        var map = new Dictionary<string, DocumentNode>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = DocumentValues.Scalar(keyNode) ?? "";
            if (!allowed.Contains(key, StringComparer.Ordinal))
            {
                diagnostics.Add(RuleDiagnostics.UnknownKey(At(keyNode), key, $"a {where}", allowed));
                continue;
            }

            map[key] = value;
        }

        return map;
    }

    private Condition? RequiredCondition(Dictionary<string, DocumentNode> map, DocumentNode owner, string where)
    {
        if (map.TryGetValue("if", out var node))
        {
            return ReadCondition(node);
        }

        diagnostics.Add(RuleDiagnostics.MissingKey(At(owner), "if", where));
        return null;
    }

    private T? RequiredEnum<T>(Dictionary<string, DocumentNode> map, DocumentNode owner, string key, string where)
        where T : struct, Enum
    {
        if (map.TryGetValue(key, out var node))
        {
            return ReadEnum<T>(node, key);
        }

        diagnostics.Add(RuleDiagnostics.MissingKey(At(owner), key, where));
        return null;
    }

    private string? RequiredString(Dictionary<string, DocumentNode> map, DocumentNode owner, string key, string where)
    {
        if (!map.TryGetValue(key, out var node))
        {
            diagnostics.Add(RuleDiagnostics.MissingKey(At(owner), key, where));
            return null;
        }

        return AsString(node, key);
    }

    private string? OptionalString(Dictionary<string, DocumentNode> map, string key) =>
        map.TryGetValue(key, out var node) ? AsString(node, key) : null;

    private string? AsString(DocumentNode node, string key)
    {
        if (node is DocumentScalar { Value: { } value })
        {
            return value.TrimEnd('\n');
        }

        diagnostics.Add(RuleDiagnostics.WrongType(At(node), key, "a string"));
        return null;
    }

    private ImmutableArray<string> StringList(DocumentNode node, string key)
    {
        switch (node)
        {
            case DocumentScalar { Value: { } single }:
                return [single];
            case DocumentSequence sequence when sequence.Children.All(c => c is DocumentScalar):
                return [.. sequence.Children.Select(c => DocumentValues.Scalar(c) ?? "")];
            default:
                diagnostics.Add(RuleDiagnostics.WrongType(At(node), key, "a string or a list of strings"));
                return [];
        }
    }

    private T? ReadEnum<T>(DocumentNode node, string key)
        where T : struct, Enum
    {
        if (DocumentValues.Scalar(node) is { } text && TryParseName<T>(text, out var value))
        {
            return value;
        }

        diagnostics.Add(RuleDiagnostics.WrongType(At(node), key, $"one of {string.Join(", ", Enum.GetNames(typeof(T)).Select(Camel))}"));
        return null;
    }

    // A member's name in any case; never a number or a list. Read through the non-generic API: Enum.TryParse<T>
    // is code the JIT compiles on every run.
    private static bool TryParseName<T>(string text, out T value)
        where T : struct, Enum
    {
        var names = Enum.GetNames(typeof(T));
        for (var i = 0; i < names.Length; i++)
        {
            if (string.Equals(names[i], text, StringComparison.OrdinalIgnoreCase))
            {
                value = (T)Enum.GetValues(typeof(T)).GetValue(i)!;
                return true;
            }
        }

        value = default;
        return false;
    }

    private SourceLocation At(DocumentNode node) => node.Location;

    /// <summary>A key of a condition mapping, its value, and the key's own node (where a wrong key is reported).</summary>
    private sealed record ConditionKey(string Key, DocumentNode Node, DocumentNode KeyNode);

    /// <summary>An operator key of a leaf condition (equals, in, exists…) with its value.</summary>
    private sealed record OperatorKey(ConditionOperator Operator, DocumentNode Node, DocumentNode KeyNode);

    private static bool IsKey(string key, string name) => string.Equals(key, name, StringComparison.OrdinalIgnoreCase);

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
