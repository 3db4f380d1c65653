using System.Collections.Frozen;
using System.Collections.Immutable;
using AcrTemplateLint.Arm;
using AcrTemplateLint.Arm.Expressions;
using AcrTemplateLint.Arm.Json;
using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Evaluation;
using AcrTemplateLint.Evaluation.Expressions;
using AcrTemplateLint.Evaluation.Values;
using AcrTemplateLint.Rules.Engine;
using AcrTemplateLint.Rules.Model;
using AcrTemplateLint.Rules.Paths;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Rules.Policy;

/// <summary>
/// Reads a policy rule's "if" into the rule engine's conditions. Keys and operators are case-insensitive, "exists"
/// takes "true"/"false" strings as booleans, fields are aliases (AliasMapper), and "[...]" strings are template
/// expressions sharing the evaluator. Every problem is reported with its position; the result is null when the
/// condition cannot be used.
/// </summary>
internal sealed class PolicyConditionReader
{
    private static readonly FrozenDictionary<string, ConditionOperator> Operators = new[]
    {
        ConditionOperator.Equals, ConditionOperator.NotEquals, ConditionOperator.Like, ConditionOperator.NotLike,
        ConditionOperator.Match, ConditionOperator.MatchInsensitively, ConditionOperator.NotMatch, ConditionOperator.NotMatchInsensitively,
        ConditionOperator.Contains, ConditionOperator.NotContains, ConditionOperator.In, ConditionOperator.NotIn,
        ConditionOperator.ContainsKey, ConditionOperator.NotContainsKey, ConditionOperator.Less, ConditionOperator.LessOrEquals,
        ConditionOperator.Greater, ConditionOperator.GreaterOrEquals, ConditionOperator.Exists,
    }.ToFrozenDictionary(Camel, StringComparer.OrdinalIgnoreCase);

    private static readonly ConditionOperator[] CountOperators =
    [
        ConditionOperator.Equals, ConditionOperator.NotEquals, ConditionOperator.Less, ConditionOperator.LessOrEquals,
        ConditionOperator.Greater, ConditionOperator.GreaterOrEquals, ConditionOperator.In, ConditionOperator.NotIn,
    ];

    private static readonly string[] LeafKeys = ["field", "value", "count", .. Operators.Keys.Order(StringComparer.Ordinal)];

    private readonly SourceFile file;
    private readonly DiagnosticBag diagnostics;
    private readonly ImmutableArray<RuleParameter> parameters;
    private readonly Evaluator evaluator = new(new DiagnosticBag());

    public PolicyConditionReader(SourceFile file, DiagnosticBag diagnostics, ImmutableArray<RuleParameter> parameters)
    {
        this.file = file;
        this.diagnostics = diagnostics;
        this.parameters = parameters;
    }

    public Condition? Read(JsonNode node)
    {
        if (node is not JsonObject condition)
        {
            diagnostics.Add(PolicyDiagnostics.WrongType(At(node), "a condition", "an object"));
            return null;
        }

        var location = At(condition);
        if (condition.Properties.FirstOrDefault(p => IsKey(p.Name.Value, "allOf") || IsKey(p.Name.Value, "anyOf") || IsKey(p.Name.Value, "not")) is { } logical)
        {
            if (condition.Properties.Length > 1)
            {
                diagnostics.Add(PolicyDiagnostics.OperatorCount(location, $"'{logical.Name.Value}' must be alone in its object"));
                return null;
            }

            return ReadLogical(logical, location);
        }

        return ReadLeaf(condition, location);
    }

    /// <summary>
    /// Lowers a JSON value of the policy to an expression, checking the parameters and functions it uses. Shared by
    /// the effect and the Modify operations.
    /// </summary>
    public Expression Lower(JsonNode node)
    {
        var expression = ArmLowering.Lower(file, node, diagnostics);
        foreach (var call in Calls(expression))
        {
            if (IsKey(call.Name, "parameters") && call.Namespace is null
                && call.Arguments is [LiteralExpression { Value: StringValue name }]
                && !parameters.Any(p => IsKey(p.Name, name.Value)))
            {
                diagnostics.Add(PolicyDiagnostics.UnknownParameter(call.Origin ?? At(node), name.Value, parameters.Select(p => p.Name)));
            }
            else if (call.Namespace is not null || !RuleFunctions.Library.TryGet(call.Name, out _))
            {
                diagnostics.Add(PolicyDiagnostics.Unsupported(call.Origin ?? At(node),
                    $"the function '{call.Name}' (conditions that use it are indeterminate)"));
            }
        }

        return expression;
    }

    /// <summary>Evaluates a policy expression with the parameter values only (effects, Modify values, field names).</summary>
    public Value Evaluate(Expression expression) =>
        expression is LiteralExpression literal ? literal.Value : evaluator.Evaluate(expression, new EvaluationContext(new RuleScope(parameters)));

    private Condition? ReadLogical(JsonProperty logical, SourceLocation location)
    {
        if (IsKey(logical.Name.Value, "not"))
        {
            return Read(logical.Value) is { } inner ? new NotCondition(inner, location) : null;
        }

        if (logical.Value is not JsonArray { Items.Length: > 0 } list)
        {
            diagnostics.Add(PolicyDiagnostics.WrongType(At(logical.Value), logical.Name.Value, "a non-empty array of conditions"));
            return null;
        }

        // Read every member so that all problems are reported at once.
        var members = list.Items.Select(Read).ToList();
        if (members.Any(m => m is null))
        {
            return null;
        }

        var items = members.OfType<Condition>().ToImmutableArray();
        return IsKey(logical.Name.Value, "allOf") ? new AllOfCondition(items, location) : new AnyOfCondition(items, location);
    }

    private Condition? ReadLeaf(JsonObject condition, SourceLocation location)
    {
        var operands = new List<Operand?>();
        var operators = new List<(ConditionOperator Operator, JsonProperty Property)>();
        var valid = true;
        foreach (var property in condition.Properties)
        {
            var key = property.Name.Value;
            if (IsKey(key, "field"))
            {
                operands.Add(ReadField(property.Value) is { } path ? new FieldOperand(path) : null);
            }
            else if (IsKey(key, "value"))
            {
                operands.Add(new ValueOperand(Lower(property.Value), property.Value is JsonString s ? s.Value : file.GetText(property.Value.Span)));
            }
            else if (IsKey(key, "count"))
            {
                operands.Add(ReadCount(property.Value));
            }
            else if (Operators.TryGetValue(key, out var op))
            {
                operators.Add((op, property));
            }
            else
            {
                diagnostics.Add(PolicyDiagnostics.UnknownKey(At(property.Name), key, "a condition", ["allOf", "anyOf", "not", .. LeafKeys]));
                valid = false;
            }
        }

        if (operands.Count != 1)
        {
            diagnostics.Add(PolicyDiagnostics.OperatorCount(location, operands.Count == 0
                ? "a condition needs 'field', 'value' or 'count' (or 'allOf', 'anyOf', 'not')"
                : "a condition has one of 'field', 'value' or 'count', not several"));
            return null;
        }

        if (operators.Count != 1)
        {
            var found = operators.Count == 0 ? "none" : string.Join(", ", operators.Select(o => o.Property.Name.Value));
            diagnostics.Add(PolicyDiagnostics.OperatorCount(location, $"a condition needs exactly one operator (found {found})"));
            return null;
        }

        if (!valid || operands[0] is not { } operand)
        {
            return null;
        }

        var (chosen, expectedProperty) = operators[0];
        if (operand is CountOperand && !CountOperators.Contains(chosen))
        {
            diagnostics.Add(PolicyDiagnostics.WrongType(At(expectedProperty.Name), "count", "compared with equals, notEquals, less, lessOrEquals, greater, greaterOrEquals, in or notIn"));
            return null;
        }

        var expected = Lower(expectedProperty.Value);
        if (chosen == ConditionOperator.Exists && expected is LiteralExpression { Value: StringValue text } && bool.TryParse(text.Value, out var flag))
        {
            expected = new LiteralExpression(new BooleanValue(flag) { Origin = text.Origin }, expected.Origin);
        }

        return CheckExpected(chosen, expected, expectedProperty) ? new LeafCondition(operand, chosen, expected, location) : null;
    }

    // Literal expected values must fit the operator; expressions are checked when they are evaluated.
    private bool CheckExpected(ConditionOperator op, Expression expected, JsonProperty property)
    {
        if (expected is not LiteralExpression { Value: var value })
        {
            return true;
        }

        var (ok, wanted) = op switch
        {
            ConditionOperator.Exists => (value is BooleanValue, "true or false"),
            ConditionOperator.In or ConditionOperator.NotIn => (value is ArrayValue, "an array"),
            ConditionOperator.Like or ConditionOperator.NotLike or ConditionOperator.Match or ConditionOperator.NotMatch
                or ConditionOperator.MatchInsensitively or ConditionOperator.NotMatchInsensitively => (value is StringValue, "a string pattern"),
            ConditionOperator.ContainsKey or ConditionOperator.NotContainsKey => (value is StringValue, "a key name"),
            _ => (true, ""),
        };
        if (!ok)
        {
            diagnostics.Add(PolicyDiagnostics.WrongType(At(property.Value), property.Name.Value, wanted));
        }

        return ok;
    }

    private CountOperand? ReadCount(JsonNode node)
    {
        if (node is not JsonObject count)
        {
            diagnostics.Add(PolicyDiagnostics.WrongType(At(node), "count", "an object with 'field' and optionally 'where'"));
            return null;
        }

        FieldPath? path = null;
        Condition? where = null;
        var valid = true;
        foreach (var property in count.Properties)
        {
            var key = property.Name.Value;
            if (IsKey(key, "field"))
            {
                path = ReadField(property.Value);
                if (path is { EndsWithWildcard: false })
                {
                    diagnostics.Add(PolicyDiagnostics.WrongType(At(property.Value), "count.field", "an array alias ending in [*]"));
                    path = null;
                }

                valid &= path is not null;
            }
            else if (IsKey(key, "where"))
            {
                where = Read(property.Value);
                valid &= where is not null;
            }
            else if (IsKey(key, "value"))
            {
                diagnostics.Add(PolicyDiagnostics.Unsupported(At(property.Name), "value count (count.value); acrlint counts array aliases (count.field) only, so this policy is not loaded"));
                valid = false;
            }
            else if (IsKey(key, "name"))
            {
                // The name of a value count's element; reported with the value.
                continue;
            }
            else
            {
                diagnostics.Add(PolicyDiagnostics.UnknownKey(At(property.Name), key, "a count", ["field", "where", "value", "name"]));
                valid = false;
            }
        }

        if (valid && path is null)
        {
            diagnostics.Add(PolicyDiagnostics.MissingKey(At(count), "field", "count"));
        }

        return valid && path is not null ? new CountOperand(path, null, where) : null;
    }

    // A field is an alias, or an expression that builds one from parameters ("[concat('tags[', parameters('tag'), ']')]").
    private FieldPath? ReadField(JsonNode node)
    {
        if (node is not JsonString text)
        {
            diagnostics.Add(PolicyDiagnostics.WrongType(At(node), "field", "a string (an alias)"));
            return null;
        }

        var alias = text.Value;
        if (ArmExpressionParser.IsExpression(alias))
        {
            if (Evaluate(Lower(text)) is not StringValue built)
            {
                diagnostics.Add(PolicyDiagnostics.InvalidAlias(At(node), alias, "the expression does not give a string from the parameter values"));
                return null;
            }

            alias = built.Value;
        }

        var path = AliasMapper.Map(alias, out var error);
        if (path is null)
        {
            diagnostics.Add(PolicyDiagnostics.InvalidAlias(At(node), alias, error ?? "malformed"));
        }

        return path;
    }

    private static IEnumerable<CallExpression> Calls(Expression expression) => expression switch
    {
        CallExpression call => call.Arguments.SelectMany(Calls).Prepend(call),
        PropertyAccessExpression access => Calls(access.Target),
        IndexAccessExpression index => Calls(index.Target).Concat(Calls(index.Index)),
        ArrayExpression array => array.Items.SelectMany(Calls),
        ObjectExpression obj => obj.Properties.SelectMany(p => Calls(p.Key).Concat(Calls(p.Value))),
        LambdaExpression lambda => Calls(lambda.Body),
        _ => [],
    };

    private SourceLocation At(JsonNode node) => new(file, node.Span);

    private static bool IsKey(string key, string name) => string.Equals(key, name, StringComparison.OrdinalIgnoreCase);

    private static string Camel(ConditionOperator op) => char.ToLowerInvariant(op.ToString()[0]) + op.ToString()[1..];
}
