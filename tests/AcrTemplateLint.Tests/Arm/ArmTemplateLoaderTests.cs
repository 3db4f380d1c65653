using AcrTemplateLint.Arm;
using AcrTemplateLint.Evaluation;
using AcrTemplateLint.Evaluation.Values;
using AcrTemplateLint.Tests.Support;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Tests.Arm;

/// <summary>Resources as ARM deploys them: copy loops, conditions, existing, symbolic names, children, functions.</summary>
public sealed class ArmTemplateLoaderTests
{
    [Test]
    public void A_resource_copy_loop_gives_one_node_per_instance_with_its_index()
    {
        var (graph, diagnostics) = ArmTemplates.Load("""
            {
              "parameters": { "count": { "type": "int", "defaultValue": 3 } },
              "resources": [ {
                "type": "Microsoft.ContainerRegistry/registries", "apiVersion": "2023-07-01",
                "name": "[format('acr{0}', copyIndex(1))]",
                "copy": { "name": "registries", "count": "[parameters('count')]" },
                "condition": "[not(equals(copyIndex(), 1))]"
              } ]
            }
            """);

        Assert.That(ArmTemplates.Errors(diagnostics), Is.Empty);
        Assert.That(graph.Resources.Select(r => ((StringValue)r.Name).Value), Is.EqualTo(new[] { "acr1", "acr2", "acr3" }));
        Assert.That(graph.Resources.Select(r => r.Copy?.Index is IntegerValue i ? i.Value : -1), Is.EqualTo(new long[] { 0, 1, 2 }));
        Assert.That(graph.Resources.Select(r => r.Condition is BooleanValue { Value: true }), Is.EqualTo(new[] { true, false, true }));
    }

    [Test]
    public void An_unknown_copy_count_keeps_one_symbolic_instance()
    {
        var (graph, _) = ArmTemplates.Load("""
            {
              "parameters": { "count": { "type": "int" } },
              "resources": [ {
                "type": "Microsoft.ContainerRegistry/registries", "apiVersion": "2023-07-01",
                "name": "[format('acr{0}', copyIndex())]",
                "copy": { "name": "registries", "count": "[parameters('count')]" }
              } ]
            }
            """);

        var resource = graph.Resources.Single();
        Assert.That(((UnknownValue)resource.Copy!.Index).Reason, Does.Contain("copy loop 'registries'").And.Contain("parameter 'count'"));
        Assert.That(resource.Name, Is.InstanceOf<UnknownValue>());
    }

    [Test]
    public void A_copy_count_over_800_is_a_diagnostic_and_one_symbolic_instance()
    {
        var (graph, diagnostics) = ArmTemplates.Load("""
            { "resources": [ { "type": "Microsoft.Storage/storageAccounts", "name": "[string(copyIndex())]", "copy": { "name": "many", "count": 100000000 } } ] }
            """);

        Assert.That(diagnostics.Items.Select(d => d.Code), Is.EqualTo(new[] { EvaluationDiagnostics.LimitExceededCode }));
        Assert.That(graph.Resources, Has.Length.EqualTo(1));
    }

    [Test]
    public void A_false_condition_is_kept_and_what_ARM_would_not_evaluate_is_no_error()
    {
        var (graph, diagnostics) = ArmTemplates.Load("""
            {
              "parameters": { "items": { "type": "array", "defaultValue": [] } },
              "resources": [ {
                "condition": "[not(empty(parameters('items')))]",
                "type": "Microsoft.Storage/storageAccounts", "name": "[parameters('items')[0]]"
              } ]
            }
            """);

        Assert.That(diagnostics.Items, Is.Empty);
        Assert.That(graph.Resources.Single().Condition, Is.InstanceOf<BooleanValue>().With.Property("Value").False);
    }

    [Test]
    public void Property_variable_and_output_copies_build_arrays()
    {
        const string template = """
            {
              "variables": { "copy": [ { "name": "names", "count": 2, "input": "[format('n{0}', copyIndex('names'))]" } ] },
              "resources": [ {
                "type": "Microsoft.ContainerRegistry/registries", "name": "acr",
                "properties": {
                  "networkRuleSet": {
                    "copy": [ { "name": "ipRules", "count": "[length(variables('names'))]", "input": { "value": "[variables('names')[copyIndex('ipRules')]]" } } ]
                  }
                }
              } ],
              "outputs": { "doubled": { "type": "array", "copy": { "count": 2, "input": "[mul(copyIndex(), 2)]" } } }
            }
            """;
        var (graph, diagnostics) = ArmTemplates.Load(template);
        var (outputs, _) = ArmTemplates.Outputs(ArmTemplates.File(template));

        Assert.That(diagnostics.Items, Is.Empty);
        var properties = (ObjectValue)graph.Resources.Single().Body["properties"]!;
        Assert.That(ArmTemplates.Json(properties), Is.EqualTo("{\"networkRuleSet\":{\"ipRules\":[{\"value\":\"n0\"},{\"value\":\"n1\"}]}}"));
        Assert.That(ArmTemplates.Json(outputs["doubled"]!), Is.EqualTo("[0,2]"));
    }

    [Test]
    public void Nested_children_get_full_types_and_names_and_their_parent()
    {
        var (graph, _) = ArmTemplates.Load("""
            {
              "resources": [ {
                "type": "Microsoft.ContainerRegistry/registries", "name": "acr",
                "resources": [ { "type": "tasks", "name": "build" }, { "type": "Microsoft.ContainerRegistry/registries/agentPools", "name": "acr/pool" } ]
              } ]
            }
            """);

        Assert.That(graph.Resources.Select(r => (r.Type, ((StringValue)r.Name).Value)), Is.EqualTo(new[]
        {
            ("Microsoft.ContainerRegistry/registries", "acr"),
            ("Microsoft.ContainerRegistry/registries/tasks", "acr/build"),
            ("Microsoft.ContainerRegistry/registries/agentPools", "acr/pool"),
        }));
        Assert.That(graph.Resources[1].Parent, Is.SameAs(graph.Resources[0]));
    }

    [Test]
    public void Language_version_2_reads_symbolic_names_existing_nullable_parameters_and_definitions()
    {
        var (graph, diagnostics) = ArmTemplates.Load("""
            {
              "languageVersion": "2.0",
              "definitions": { "lockType": { "type": "object", "nullable": true } },
              "parameters": {
                "lock": { "$ref": "#/definitions/lockType" },
                "tier": { "type": "string", "nullable": true }
              },
              "resources": {
                "registry": {
                  "existing": true, "type": "Microsoft.ContainerRegistry/registries", "apiVersion": "2023-07-01", "name": "shared"
                },
                "task": {
                  "type": "Microsoft.ContainerRegistry/registries/tasks", "apiVersion": "2025-03-01-preview", "name": "shared/build",
                  "dependsOn": [ "registry" ],
                  "properties": { "lockKind": "[tryGet(parameters('lock'), 'kind')]", "tier": "[coalesce(parameters('tier'), 'Basic')]" }
                }
              }
            }
            """);

        Assert.That(diagnostics.Items, Is.Empty);
        Assert.That(graph.Resources.Select(r => (r.SymbolicName, r.IsExisting)), Is.EqualTo(new[] { ("registry", true), ("task", false) }));
        Assert.That(ArmTemplates.Json(graph.Resources[1].Body["properties"]!), Is.EqualTo("{\"lockKind\":null,\"tier\":\"Basic\"}"));
        Assert.That(graph.Resources[1].DependsOn.Select(ArmTemplates.Json), Is.EqualTo(new[] { "\"registry\"" }));
    }

    [Test]
    public void User_defined_functions_see_their_own_parameters()
    {
        var (value, diagnostics) = ArmTemplates.Evaluate("contoso.registryName(parameters('prefix'))", """
            {
              "parameters": { "prefix": { "type": "string", "defaultValue": "Team" } },
              "functions": [ {
                "namespace": "contoso",
                "members": {
                  "registryName": {
                    "parameters": [ { "name": "prefix", "type": "string" } ],
                    "output": { "type": "string", "value": "[toLower(format('{0}acr', contoso.clean(parameters('prefix'))))]" }
                  },
                  "clean": { "parameters": [ { "name": "text", "type": "string" } ], "output": { "type": "string", "value": "[replace(parameters('text'), '-', '')]" } }
                }
              } ]
            }
            """);

        Assert.That(diagnostics.Items, Is.Empty);
        Assert.That(ArmTemplates.Json(value), Is.EqualTo("\"teamacr\""));
    }

    [Test]
    public void A_recursive_user_function_is_a_diagnostic_not_a_stack_overflow()
    {
        var (value, diagnostics) = ArmTemplates.Evaluate("ns.loop(1)", """
            { "functions": [ { "namespace": "ns", "members": { "loop": {
                "parameters": [ { "name": "n", "type": "int" } ],
                "output": { "type": "array", "value": "[concat(createArray(ns.loop(parameters('n'))), createArray(ns.loop(parameters('n'))))]" } } } } ] }
            """);

        Assert.That(diagnostics.Items.Select(d => d.Code).Distinct(), Is.EqualTo(new[] { EvaluationDiagnostics.RecursionCode }));
        Assert.That(ArmTemplates.Json(value), Is.EqualTo(ArmTemplates.Unknown));
    }

    [Test]
    public void Range_beyond_ARM_limits_is_not_built()
    {
        var (value, diagnostics) = ArmTemplates.Evaluate("length(range(0, 2000000000))");

        Assert.That(diagnostics.Items.Single().Code, Is.EqualTo(EvaluationDiagnostics.LimitExceededCode));
        Assert.That(value, Is.InstanceOf<UnknownValue>());
    }

    [TestCase("substring('abc', 1, 9223372036854775807)", EvaluationDiagnostics.InvalidArgumentCode)]
    [TestCase("substring('abc', 9223372036854775807, 1)", EvaluationDiagnostics.InvalidArgumentCode)]
    [TestCase("range(9223372036854775807, 1)", EvaluationDiagnostics.LimitExceededCode)]
    [TestCase("range(2147483647, 2)", EvaluationDiagnostics.LimitExceededCode)]
    public void Integer_arguments_near_the_64_bit_limits_are_refused_not_overflowed(string expression, string code)
    {
        var (value, diagnostics) = ArmTemplates.Evaluate(expression);

        Assert.That(diagnostics.Items.Select(d => d.Code), Is.EqualTo(new[] { code }));
        Assert.That(value, Is.InstanceOf<UnknownValue>());
    }

    [TestCase("format('{0:D999999999}', 1)")]
    [TestCase("format('{0,400000}{0,400000}{0,400000}{0,400000}{0,400000}{0,400000}{0,400000}{0,400000}{0,400000}{0,400000}{0,400000}', 1)")]
    [TestCase("base64(base64(base64(base64(base64(base64(base64(base64(base64(base64(base64(base64(base64(base64(base64(base64(base64(base64(base64(base64(base64(base64(base64(base64(base64(base64(base64(base64(base64(base64(base64(base64(base64(base64(base64(base64(base64(base64(base64(base64(base64(base64(base64(base64(base64(base64(base64(base64(base64(base64(base64(base64(base64(base64(base64(base64(base64(base64(base64(base64('abc'))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))")]
    [TestCase("format('{0,2000000000}', 1)")]
    [TestCase("length(replace(padLeft('', 4000000, 'a'), 'a', 'aaaa'))")]
    [TestCase("map(range(0, 10000), lambda('i', map(range(0, 10000), lambda('j', lambdaVariables('j')))))[9999]")]
    public void Values_that_would_exhaust_memory_or_time_are_not_built(string expression)
    {
        var (value, diagnostics) = ArmTemplates.Evaluate(expression);

        Assert.That(diagnostics.Items.Select(d => d.Code), Is.EqualTo(new[] { EvaluationDiagnostics.LimitExceededCode }));
        Assert.That(value, Is.InstanceOf<UnknownValue>());
    }

    [TestCase("concat(variables('v{0}'), variables('v{0}'))")]
    [TestCase("string(createArray(variables('v{0}'), variables('v{0}')))")]
    [TestCase("createObject('a', variables('v{0}'), 'b', variables('v{0}'))")]
    public void A_chain_of_values_that_each_double_the_last_stops_at_the_budget(string step)
    {
        // Each variable is within every limit of its own; together they would outgrow memory.
        var variables = string.Join(",\n", Enumerable.Range(1, 40).Select(i => $"\"v{i}\": \"[{string.Format(step, i - 1, i)}]\""));
        var first = step.StartsWith("createObject", StringComparison.Ordinal) ? "{ \"k\": 1 }" : "[ 1 ]";
        var template = $"{{ \"variables\": {{ \"v0\": {first},\n{variables} }} }}";

        var (value, diagnostics) = ArmTemplates.Evaluate("variables('v40')", template);

        Assert.That(diagnostics.Items.Select(d => d.Code), Is.EqualTo(new[] { EvaluationDiagnostics.LimitExceededCode }));
        Assert.That(diagnostics.Items.Single().Message, Does.StartWith("This value holds more than 1,000,000 values").Or.Contain("more than a template can hold"));
        Assert.That(value, Is.InstanceOf<UnknownValue>());
    }

    [Test]
    public void A_malformed_copy_or_function_is_reported_at_its_location()
    {
        var (_, diagnostics) = ArmTemplates.Load("""
            {
              "functions": [ { "namespace": "ns", "members": { "broken": { "parameters": [] } } } ],
              "resources": [ { "type": "Microsoft.Storage/storageAccounts", "name": "a", "copy": { "count": 2 } } ]
            }
            """);

        Assert.That(diagnostics.Items.Select(d => (d.Code, d.Location!.Start.Line + 1)), Is.EquivalentTo(new[]
        {
            (ArmDiagnostics.InvalidFunctionCode, 2),
            (ArmDiagnostics.InvalidCopyCode, 3),
        }));
    }

    [Test]
    public void A_parameter_value_of_null_takes_the_default()
    {
        var parameters = new ParameterSet("p.json", ParameterSet.EmptyValues.Add("sku",
            new SuppliedParameter("sku", new NullValue(), new SourceLocation(ArmTemplates.File("{}"), default), "value in p.json")));

        var (graph, _) = ArmTemplates.Load("""
            { "parameters": { "sku": { "type": "string", "defaultValue": "Premium" } },
              "resources": [ { "type": "Microsoft.ContainerRegistry/registries", "name": "acr", "sku": { "name": "[parameters('sku')]" } } ] }
            """, parameters);

        Assert.That(ArmTemplates.Json(graph.Resources.Single().Body["sku"]!), Is.EqualTo("{\"name\":\"Premium\"}"));
    }
}
