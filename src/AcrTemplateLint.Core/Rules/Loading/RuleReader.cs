using System.Collections.Immutable;
using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Evaluation.Values;
using AcrTemplateLint.Rules.Model;
using AcrTemplateLint.Rules.Paths;
using AcrTemplateLint.Text;
using YamlDotNet.RepresentationModel;

namespace AcrTemplateLint.Rules.Loading;

/// <summary>Reads one rule mapping, reporting every problem it finds rather than only the first.</summary>
internal sealed class RuleReader
{
    private static readonly string[] RuleKeys =
        ["id", "name", "title", "description", "message", "effect", "ruleset", "tags", "securitySeverity", "policy", "resource", "defaults", "if", "tests"];

    private static readonly string[] TestKeys = ["name", "expect", "arm", "bicep", "message"];

    private readonly SourceFile file;
    private readonly DiagnosticBag diagnostics;

    public RuleReader(SourceFile file, DiagnosticBag diagnostics)
    {
        this.file = file;
        this.diagnostics = diagnostics;
    }

    public Rule? Read(YamlMappingNode root)
    {
        var map = Keys(root, "rule", RuleKeys);
        var id = RequiredString(map, root, "id");
        var effect = map.TryGetValue("effect", out var effectNode) ? ReadEnum<RuleEffect>(effectNode, "effect") : null;
        if (effectNode is null)
        {
            diagnostics.Add(RuleDiagnostics.MissingKey(At(root), "effect", "rule"));
        }

        var condition = map.TryGetValue("if", out var ifNode) ? ReadCondition(ifNode) : null;
        if (ifNode is null)
        {
            diagnostics.Add(RuleDiagnostics.MissingKey(At(root), "if", "rule"));
        }

        var rule = new Rule
        {
            Id = id ?? "",
            Name = RequiredString(map, root, "name") ?? "",
            Title = RequiredString(map, root, "title") ?? "",
            Description = RequiredString(map, root, "description") ?? "",
            Message = RequiredString(map, root, "message") ?? "",
            Effect = effect ?? RuleEffect.Deny,
            Ruleset = OptionalString(map, "ruleset") ?? "core",
            Tags = map.TryGetValue("tags", out var tags) ? StringList(tags, "tags") : [],
            SecuritySeverity = OptionalString(map, "securitySeverity"),
            PolicyId = OptionalString(map, "policy"),
            ResourceTypes = map.TryGetValue("resource", out var resource) ? StringList(resource, "resource") : [],
            Defaults = map.TryGetValue("defaults", out var defaults) ? ReadDefaults(defaults) : [],
            If = condition ?? new AllOfCondition([], null),
            Tests = map.TryGetValue("tests", out var tests) ? ReadTests(tests) : [],
            Source = file,
        };

        if (rule.ResourceTypes.IsEmpty)
        {
            diagnostics.Add(RuleDiagnostics.MissingKey(At(root), "resource", "rule"));
        }

        return rule;
    }

    private Condition? ReadCondition(YamlNode node)
    {
        if (node is not YamlMappingNode mapping)
        {
            diagnostics.Add(RuleDiagnostics.WrongType(At(node), "a condition", "a mapping"));
            return null;
        }

        var location = At(mapping);
        var keys = mapping.Children.Select(p => (Key: YamlNodes.Scalar(p.Key) ?? "", Node: p.Value, KeyNode: p.Key)).ToList();
        var logical = keys.Where(k => k.Key.Equals("allOf", StringComparison.OrdinalIgnoreCase)
            || k.Key.Equals("anyOf", StringComparison.OrdinalIgnoreCase)
            || k.Key.Equals("not", StringComparison.OrdinalIgnoreCase)).ToList();
        if (logical.Count > 0)
        {
            if (keys.Count > 1)
            {
                diagnostics.Add(RuleDiagnostics.OperatorCount(location, $"'{logical[0].Key}' must be alone in its mapping"));
                return null;
            }

            var (key, child, _) = logical[0];
            if (key.Equals("not", StringComparison.OrdinalIgnoreCase))
            {
                return ReadCondition(child) is { } inner ? new NotCondition(inner, location) : null;
            }

            if (child is not YamlSequenceNode sequence || sequence.Children.Count == 0)
            {
                diagnostics.Add(RuleDiagnostics.WrongType(At(child), key, "a non-empty list of conditions"));
                return null;
            }

            var conditions = sequence.Children.Select(ReadCondition).ToList();
            if (conditions.Any(c => c is null))
            {
                return null;
            }

            var items = conditions.Cast<Condition>().ToImmutableArray();
            return key.Equals("allOf", StringComparison.OrdinalIgnoreCase)
                ? new AllOfCondition(items, location)
                : new AnyOfCondition(items, location);
        }

        return ReadLeaf(mapping, keys.Select(k => (k.Key, k.Node, k.KeyNode)).ToList(), location);
    }

    private Condition? ReadLeaf(YamlMappingNode mapping, List<(string Key, YamlNode Node, YamlNode KeyNode)> keys, SourceLocation location)
    {
        Operand? operand = null;
        var operators = new List<(ConditionOperator Operator, YamlNode Node)>();
        foreach (var (key, node, keyNode) in keys)
        {
            if (key.Equals("field", StringComparison.OrdinalIgnoreCase))
            {
                operand = ReadField(node);
            }
            else if (Enum.TryParse<ConditionOperator>(key, ignoreCase: true, out var op) && !int.TryParse(key, out _))
            {
                operators.Add((op, node));
            }
            else
            {
                diagnostics.Add(RuleDiagnostics.UnknownKey(At(keyNode), key, "a condition",
                    ["field", "allOf", "anyOf", "not", .. Enum.GetNames<ConditionOperator>().Select(Camel)]));
                return null;
            }
        }

        if (operand is null)
        {
            diagnostics.Add(RuleDiagnostics.OperatorCount(location, "a condition needs 'field' (or 'allOf', 'anyOf', 'not')"));
            return null;
        }

        if (operators.Count != 1)
        {
            var found = operators.Count == 0 ? "none" : string.Join(", ", operators.Select(o => Camel(o.Operator.ToString())));
            diagnostics.Add(RuleDiagnostics.OperatorCount(location, $"a condition needs exactly one operator (found {found})"));
            return null;
        }

        var (chosen, expectedNode) = operators[0];
        var expected = YamlNodes.ToValue(file, expectedNode);
        if (chosen == ConditionOperator.Exists && expected is StringValue text && bool.TryParse(text.Value, out var flag))
        {
            expected = new BooleanValue(flag) { Origin = expected.Origin };
        }

        if (chosen == ConditionOperator.Exists && expected is not BooleanValue)
        {
            diagnostics.Add(RuleDiagnostics.WrongType(At(expectedNode), "exists", "true or false"));
            return null;
        }

        if (chosen is ConditionOperator.In or ConditionOperator.NotIn && expected is not ArrayValue)
        {
            diagnostics.Add(RuleDiagnostics.WrongType(At(expectedNode), Camel(chosen.ToString()), "a list"));
            return null;
        }

        return new LeafCondition(operand, chosen, expected, location);
    }

    private FieldOperand? ReadField(YamlNode node)
    {
        if (YamlNodes.Scalar(node) is not { } text)
        {
            diagnostics.Add(RuleDiagnostics.WrongType(At(node), "field", "a field path"));
            return null;
        }

        if (FieldPath.TryParse(text, out var error) is not { } path)
        {
            diagnostics.Add(RuleDiagnostics.InvalidFieldPath(At(node), text, error ?? "malformed"));
            return null;
        }

        return new FieldOperand(path);
    }

    private ImmutableArray<FieldDefault> ReadDefaults(YamlNode node)
    {
        if (node is not YamlMappingNode mapping)
        {
            diagnostics.Add(RuleDiagnostics.WrongType(At(node), "defaults", "a mapping of field paths to values"));
            return [];
        }

        var defaults = ImmutableArray.CreateBuilder<FieldDefault>();
        foreach (var (key, value) in mapping.Children)
        {
            var text = YamlNodes.Scalar(key) ?? "";
            if (FieldPath.TryParse(text, out var error) is not { } path)
            {
                diagnostics.Add(RuleDiagnostics.InvalidFieldPath(At(key), text, error ?? "malformed"));
                continue;
            }

            defaults.Add(new FieldDefault(path, YamlNodes.ToValue(file, value)));
        }

        return defaults.ToImmutable();
    }

    private ImmutableArray<RuleTestCase> ReadTests(YamlNode node)
    {
        if (node is not YamlSequenceNode sequence)
        {
            diagnostics.Add(RuleDiagnostics.WrongType(At(node), "tests", "a list"));
            return [];
        }

        var tests = ImmutableArray.CreateBuilder<RuleTestCase>();
        foreach (var item in sequence.Children)
        {
            if (item is not YamlMappingNode test)
            {
                diagnostics.Add(RuleDiagnostics.WrongType(At(item), "a test", "a mapping"));
                continue;
            }

            var map = Keys(test, "test", TestKeys);
            var name = RequiredString(map, test, "name") ?? "";
            var expect = map.TryGetValue("expect", out var expectNode) ? ReadEnum<RuleOutcome>(expectNode, "expect") : null;
            if (expectNode is null)
            {
                diagnostics.Add(RuleDiagnostics.MissingKey(At(test), "expect", "test"));
            }

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

    private Dictionary<string, YamlNode> Keys(YamlMappingNode mapping, string where, string[] allowed)
    {
        var map = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = YamlNodes.Scalar(keyNode) ?? "";
            if (!allowed.Contains(key, StringComparer.Ordinal))
            {
                diagnostics.Add(RuleDiagnostics.UnknownKey(At(keyNode), key, $"a {where}", allowed));
                continue;
            }

            map[key] = value;
        }

        return map;
    }

    private string? RequiredString(Dictionary<string, YamlNode> map, YamlNode owner, string key)
    {
        if (!map.TryGetValue(key, out var node))
        {
            diagnostics.Add(RuleDiagnostics.MissingKey(At(owner), key, owner is YamlMappingNode ? "rule" : "entry"));
            return null;
        }

        return AsString(node, key);
    }

    private string? OptionalString(Dictionary<string, YamlNode> map, string key) =>
        map.TryGetValue(key, out var node) ? AsString(node, key) : null;

    private string? AsString(YamlNode node, string key)
    {
        if (node is YamlScalarNode { Value: { } value })
        {
            return value.TrimEnd('\n');
        }

        diagnostics.Add(RuleDiagnostics.WrongType(At(node), key, "a string"));
        return null;
    }

    private ImmutableArray<string> StringList(YamlNode node, string key)
    {
        switch (node)
        {
            case YamlScalarNode { Value: { } single }:
                return [single];
            case YamlSequenceNode sequence when sequence.Children.All(c => c is YamlScalarNode):
                return [.. sequence.Children.Select(c => YamlNodes.Scalar(c) ?? "")];
            default:
                diagnostics.Add(RuleDiagnostics.WrongType(At(node), key, "a string or a list of strings"));
                return [];
        }
    }

    private T? ReadEnum<T>(YamlNode node, string key)
        where T : struct, Enum
    {
        if (YamlNodes.Scalar(node) is { } text && Enum.TryParse<T>(text, ignoreCase: true, out var value) && !int.TryParse(text, out _))
        {
            return value;
        }

        diagnostics.Add(RuleDiagnostics.WrongType(At(node), key, $"one of {string.Join(", ", Enum.GetNames<T>().Select(n => n.ToLowerInvariant()))}"));
        return null;
    }

    private SourceLocation At(YamlNode node) => YamlNodes.Locate(file, node);

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
