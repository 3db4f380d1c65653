using AcrTemplateLint.Arm;
using AcrTemplateLint.Evaluation.Values;
using AcrTemplateLint.Tests.Support;

namespace AcrTemplateLint.Tests.Arm;

/// <summary>
/// Microsoft.Resources/deployments: inline templates in their inner or outer scope, linked templates on disk,
/// remote links left unresolved. Their resources join the caller's graph with the deployments as module trace.
/// </summary>
public sealed class NestedDeploymentTests
{
    private const string Registry = """
        { "type": "Microsoft.ContainerRegistry/registries", "apiVersion": "2023-07-01", "name": "[parameters('name')]",
          "properties": { "publicNetworkAccess": "[parameters('access')]" } }
        """;

    [Test]
    public void An_inner_scope_template_gets_the_parameters_its_deployment_passes()
    {
        var (graph, diagnostics) = ArmTemplates.Load($$"""
            {
              "parameters": { "access": { "type": "string" } },
              "variables": { "name": "outer-variable" },
              "resources": [ {
                "type": "Microsoft.Resources/deployments", "apiVersion": "2022-09-01", "name": "registry-module",
                "properties": {
                  "expressionEvaluationOptions": { "scope": "inner" },
                  "mode": "Incremental",
                  "parameters": { "name": { "value": "[concat('acr', 'one')]" }, "access": { "value": "[parameters('access')]" } },
                  "template": {
                    "parameters": { "name": { "type": "string" }, "access": { "type": "string" } },
                    "resources": [ {{Registry}} ]
                  }
                }
              } ]
            }
            """);

        Assert.That(diagnostics.Items, Is.Empty);
        var deployment = graph.Resources[0];
        var registry = graph.Resources[1];
        Assert.That(deployment.Body["properties"] is ObjectValue p && p["template"] is null, "the inline template is not part of the deployment's body");
        Assert.That(ArmTemplates.Json(registry.Name), Is.EqualTo("\"acrone\""));
        Assert.That(registry.ModuleTrace.Select(h => h.Description), Is.EqualTo(new[] { "deployment 'registry-module'" }));

        // The unknown access flows from the caller's parameter: its reason and declaration point at the caller.
        var access = (UnknownValue)((ObjectValue)registry.Body["properties"]!)["publicNetworkAccess"]!;
        Assert.That(access.Reason, Does.StartWith("parameter 'access', which has no default value and no parameter-file value"));
        Assert.That(access.DependsOn!.Start.Line, Is.EqualTo(1));
        Assert.That(access.Trace.Select(h => h.Description), Is.EqualTo(new[]
        {
            "parameter 'access' declared here", "value passed by deployment 'registry-module'", "parameter 'access' declared here",
        }));
    }

    [Test]
    public void An_outer_scope_template_evaluates_in_the_callers_scope()
    {
        var (graph, diagnostics) = ArmTemplates.Load($$"""
            {
              "parameters": { "name": { "type": "string", "defaultValue": "outer" }, "access": { "type": "string", "defaultValue": "Disabled" } },
              "resources": [ {
                "type": "Microsoft.Resources/deployments", "apiVersion": "2022-09-01", "name": "nested",
                "condition": "[equals(parameters('access'), 'Disabled')]",
                "properties": { "mode": "Incremental", "template": { "resources": [ {{Registry}} ] } }
              } ]
            }
            """);

        Assert.That(diagnostics.Items, Is.Empty);
        var registry = graph.Resources[1];
        Assert.That(ArmTemplates.Json(registry.Name), Is.EqualTo("\"outer\""));
        Assert.That(registry.Condition, Is.InstanceOf<BooleanValue>().With.Property("Value").True, "the deployment's condition applies inside");
    }

    [Test]
    public void A_deployment_in_a_copy_loop_deploys_its_template_once_per_instance()
    {
        var (graph, diagnostics) = ArmTemplates.Load($$"""
            {
              "resources": [ {
                "type": "Microsoft.Resources/deployments", "apiVersion": "2022-09-01", "name": "[format('registry-{0}', copyIndex())]",
                "copy": { "name": "registries", "count": 2 },
                "properties": {
                  "expressionEvaluationOptions": { "scope": "inner" },
                  "parameters": { "name": { "value": "[format('acr{0}', copyIndex())]" }, "access": { "value": "Disabled" } },
                  "template": { "parameters": { "name": { "type": "string" }, "access": { "type": "string" } }, "resources": [ {{Registry}} ] }
                }
              } ]
            }
            """);

        Assert.That(diagnostics.Items, Is.Empty);
        Assert.That(graph.Resources.Where(r => r.IsType("Microsoft.ContainerRegistry/registries")).Select(r => ArmTemplates.Json(r.Name)),
            Is.EqualTo(new[] { "\"acr0\"", "\"acr1\"" }));
    }

    [Test]
    public void A_deployment_that_passes_an_undeclared_parameter_is_an_error()
    {
        var (_, diagnostics) = ArmTemplates.Load("""
            { "resources": [ { "type": "Microsoft.Resources/deployments", "name": "d",
                "properties": { "expressionEvaluationOptions": { "scope": "inner" }, "parameters": { "typo": { "value": 1 } }, "template": { "resources": [] } } } ] }
            """);

        Assert.That(diagnostics.Items.Single().Code, Is.EqualTo(ArmDiagnostics.UndeclaredDeploymentParameterCode));
    }

    [Test]
    public void A_deployment_that_omits_a_required_parameter_is_an_error_but_nullable_and_defaulted_ones_are_not()
    {
        var (_, diagnostics) = ArmTemplates.Load("""
            { "resources": [ { "type": "Microsoft.Resources/deployments", "name": "d",
                "properties": { "expressionEvaluationOptions": { "scope": "inner" }, "template": {
                  "parameters": { "required": { "type": "string" }, "optional": { "type": "string", "nullable": true }, "defaulted": { "type": "int", "defaultValue": 1 } },
                  "resources": [] } } } ] }
            """);

        Assert.That(diagnostics.Items.Select(d => d.Message), Is.EqualTo(new[]
        {
            "Deployment 'd' passes no value for parameter 'required', which has no default value; the deployment would fail.",
        }));
    }

    [Test]
    public void Linked_templates_are_read_from_disk_relative_to_the_linking_file()
    {
        using var folder = new TempDirectory();
        folder.Write("nested/registry.json", $$"""{ "parameters": { "name": { "type": "string" }, "access": { "type": "string", "defaultValue": "Enabled" } }, "resources": [ {{Registry}} ] }""");
        var main = folder.Write("main.json", """
            { "resources": [ { "type": "Microsoft.Resources/deployments", "apiVersion": "2022-09-01", "name": "linked",
                "properties": { "mode": "Incremental", "templateLink": { "relativePath": "nested/registry.json" }, "parameters": { "name": { "value": "acr" } } } } ] }
            """);

        var (graph, diagnostics) = ArmTemplates.LoadFile(main);

        Assert.That(diagnostics.Items, Is.Empty);
        var registry = graph.Resources[1];
        Assert.That(registry.Declaration.File.DisplayPath, Is.EqualTo("nested/registry.json"));
        Assert.That(ArmTemplates.Json(registry.Body["properties"]!), Is.EqualTo("{\"publicNetworkAccess\":\"Enabled\"}"));
        Assert.That(graph.LinkedFiles, Is.EqualTo(new[] { Path.Combine(folder.Path, "nested", "registry.json") }));
    }

    [Test]
    public void A_missing_or_self_linking_template_is_reported_and_not_followed()
    {
        using var folder = new TempDirectory();
        var main = folder.Write("main.json", """
            { "resources": [
              { "type": "Microsoft.Resources/deployments", "name": "missing", "properties": { "templateLink": { "relativePath": "nope.json" } } },
              { "type": "Microsoft.Resources/deployments", "name": "self", "properties": { "templateLink": { "relativePath": "./main.json" } } }
            ] }
            """);

        var (graph, diagnostics) = ArmTemplates.LoadFile(main);

        Assert.That(diagnostics.Items.Select(d => d.Code), Is.EqualTo(new[] { ArmDiagnostics.LinkedTemplateNotFoundCode, ArmDiagnostics.DeploymentTooDeepCode }));
        Assert.That(graph.Resources, Has.Length.EqualTo(2));
    }

    [Test]
    public void Remote_links_and_template_specs_stay_unresolved_with_a_note()
    {
        var (graph, diagnostics) = ArmTemplates.Load("""
            { "resources": [
              { "type": "Microsoft.Resources/deployments", "name": "remote", "properties": { "templateLink": { "uri": "https://example.com/registry.json" } } },
              { "type": "Microsoft.Resources/deployments", "name": "spec", "properties": { "templateLink": { "id": "[resourceId('Microsoft.Resources/templateSpecs/versions', 'spec', '1.0')]" } } }
            ] }
            """);

        Assert.That(diagnostics.Items.Select(d => (d.Code, d.Level)), Is.All.EqualTo((ArmDiagnostics.TemplateLinkNotFollowedCode, AcrTemplateLint.Diagnostics.DiagnosticLevel.Info)));
        Assert.That(graph.UnresolvedModules.Select(m => m.Reference), Is.EqualTo(new[] { "https://example.com/registry.json", "Microsoft.Resources/templateSpecs/versions 'spec/1.0'" }));
    }
}
