using AcrTemplateLint.Bicep.Loading;
using AcrTemplateLint.Evaluation;
using AcrTemplateLint.Evaluation.Values;
using AcrTemplateLint.Tests.Support;

namespace AcrTemplateLint.Tests.Bicep.Loading;

/// <summary>Bicep resources as the compiled JSON deploys them: children, existing, loops, conditions, IDs.</summary>
public sealed class BicepTemplateLoaderTests
{
    private const string Registry = "Microsoft.ContainerRegistry/registries";

    [Test]
    public void Nested_and_parent_children_get_full_types_names_parents_and_symbolic_names()
    {
        var (graph, diagnostics) = BicepTemplates.Load("""
            param name string = 'acr1'
            resource webhook 'Microsoft.ContainerRegistry/registries/webhooks@2023-07-01' = {
              parent: acr
              name: 'hook'
            }
            resource acr 'Microsoft.ContainerRegistry/registries@2023-07-01' = {
              name: name
              resource task 'tasks@2019-06-01-preview' = {
                name: 'build'
              }
              resource pool 'agentPools' = {
                name: 'pool'
              }
            }
            """);

        Assert.That(diagnostics.Items, Is.Empty, string.Join("\n", diagnostics.Items));
        var task = graph.Single("Microsoft.ContainerRegistry/registries/tasks");
        Assert.That(BicepTemplates.Text(task.Name), Is.EqualTo("acr1/build"));
        Assert.That(task.ApiVersion, Is.EqualTo("2019-06-01-preview"));
        Assert.That(task.SymbolicName, Is.EqualTo("acr::task"));
        Assert.That(task.Parent, Is.SameAs(graph.Single(Registry)));
        var pool = graph.Single("Microsoft.ContainerRegistry/registries/agentPools");
        Assert.That(pool.ApiVersion, Is.EqualTo("2023-07-01"), "a nested type without a version takes its parent's");
        var webhook = graph.Single("Microsoft.ContainerRegistry/registries/webhooks");
        Assert.That(BicepTemplates.Text(webhook.Name), Is.EqualTo("acr1/hook"));
        Assert.That(webhook.Parent, Is.SameAs(graph.Single(Registry)));
        Assert.That(BicepTemplates.Text(webhook.Body["name"]!), Is.EqualTo("acr1/hook"), "the body holds the full name, as the compiled JSON does");
    }

    [Test]
    public void An_id_is_built_with_the_function_the_compiler_uses_for_the_scope()
    {
        var (graph, _) = BicepTemplates.Load("""
            resource vault 'Microsoft.KeyVault/vaults@2023-07-01' existing = {
              name: 'kv'
              scope: resourceGroup('sub-1', 'rg-1')
            }
            resource acr 'Microsoft.ContainerRegistry/registries@2023-07-01' = {
              name: 'acr1'
              properties: {
                own: acr2.id
                vault: vault.id
                childId: acr2::task.id
              }
            }
            resource acr2 'Microsoft.ContainerRegistry/registries@2023-07-01' = {
              name: 'acr2'
              resource task 'tasks' = {
                name: 't'
              }
            }
            """);

        var properties = (ObjectValue)graph.Resources.Single(r => r.SymbolicName == "acr").Body["properties"]!;
        var own = (ResourceIdValue)properties["own"]!;
        Assert.That((own.Kind, own.ResourceType, own.Scope), Is.EqualTo((ResourceIdKind.ResourceGroup, Registry, (Value?)null)));
        Assert.That(own.Names.Select(BicepTemplates.Text), Is.EqualTo(new[] { "acr2" }));
        var vault = (ResourceIdValue)properties["vault"]!;
        Assert.That(vault.TryFormat(), Is.EqualTo("/subscriptions/sub-1/resourceGroups/rg-1/providers/Microsoft.KeyVault/vaults/kv"));
        Assert.That(((ResourceIdValue)properties["childId"]!).Names.Select(BicepTemplates.Text), Is.EqualTo(new[] { "acr2", "t" }));
        Assert.That(graph.Resources.Single(r => r.SymbolicName == "vault").IsExisting, Is.True);
    }

    [Test]
    public void Reading_a_deployed_resources_properties_is_Unknown_but_its_name_and_type_are_known()
    {
        var (graph, _) = BicepTemplates.Load("""
            resource acr 'Microsoft.ContainerRegistry/registries@2023-07-01' = {
              name: 'acr1'
            }
            resource other 'Microsoft.Storage/storageAccounts@2023-01-01' = {
              name: 'st1'
              properties: {
                server: acr.properties.loginServer
                location: acr.location
                name: acr.name
                type: acr.type
                version: acr.apiVersion
              }
            }
            """);

        var properties = (ObjectValue)graph.Single("Microsoft.Storage/storageAccounts").Body["properties"]!;
        Assert.That(properties["server"], Is.InstanceOf<UnknownValue>());
        Assert.That(((UnknownValue)properties["server"]!).Reason, Does.Contain("resource 'acr'").And.Contain("after deployment"));
        Assert.That(properties["location"], Is.InstanceOf<UnknownValue>());
        Assert.That(ArmTemplates.Json(properties) , Does.Contain("<unknown>"));
        Assert.That(BicepTemplates.Text(properties["name"]!), Is.EqualTo("acr1"));
        Assert.That(BicepTemplates.Text(properties["type"]!), Is.EqualTo(Registry));
        Assert.That(BicepTemplates.Text(properties["version"]!), Is.EqualTo("2023-07-01"));
    }

    [Test]
    public void A_loop_gives_one_node_per_item_with_a_filter_condition_per_instance()
    {
        var (graph, diagnostics) = BicepTemplates.Load("""
            var names = ['a', 'b', 'c']
            resource acrs 'Microsoft.ContainerRegistry/registries@2023-07-01' = [for (n, i) in names: if (i != 1) {
              name: 'acr${n}${i}'
            }]
            output second string = acrs[2].name
            """);

        Assert.That(diagnostics.Items, Is.Empty);
        Assert.That(graph.Resources.Select(r => BicepTemplates.Text(r.Name)), Is.EqualTo(new[] { "acra0", "acrb1", "acrc2" }));
        Assert.That(graph.Resources.Select(r => r.Condition is BooleanValue { Value: true }), Is.EqualTo(new[] { true, false, true }));
        Assert.That(graph.Resources.Select(r => r.Copy!.LoopName).Distinct(), Is.EqualTo(new[] { "acrs" }));
        Assert.That(graph.Resources.Select(r => ((IntegerValue)r.Copy!.Count).Value).Distinct(), Is.EqualTo(new long[] { 3 }));
    }

    [Test]
    public void A_loop_over_an_unknown_array_keeps_one_symbolic_instance()
    {
        var (graph, _) = BicepTemplates.Load("""
            param names array
            resource acrs 'Microsoft.ContainerRegistry/registries@2023-07-01' = [for n in names: {
              name: n
              sku: { name: 'Premium' }
            }]
            """);

        var resource = graph.Resources.Single();
        Assert.That(((UnknownValue)resource.Copy!.Index).Reason, Does.Contain("loop 'acrs'").And.Contain("parameter 'names'"));
        Assert.That(resource.Name, Is.InstanceOf<UnknownValue>());
        Assert.That(BicepTemplates.Text(((ObjectValue)resource.Body["sku"]!)["name"]!), Is.EqualTo("Premium"));
    }

    [Test]
    public void An_index_past_the_end_of_a_loop_is_a_diagnostic()
    {
        var (_, diagnostics) = BicepTemplates.Load("""
            resource acrs 'Microsoft.ContainerRegistry/registries@2023-07-01' = [for n in ['a']: {
              name: n
            }]
            resource other 'Microsoft.Storage/storageAccounts@2023-01-01' = {
              name: 'st'
              tags: { registry: acrs[3].name }
            }
            """);

        Assert.That(BicepTemplates.Codes(diagnostics), Is.EqualTo(new[] { EvaluationDiagnostics.InvalidArgumentCode }));
    }

    [Test]
    public void A_nested_resource_is_deployed_only_when_its_parent_is()
    {
        var (graph, _) = BicepTemplates.Load("""
            param deployParent bool = false
            param deployChild bool
            resource acr 'Microsoft.ContainerRegistry/registries@2023-07-01' = if (deployParent) {
              name: 'acr1'
              resource task 'tasks' = if (deployChild) {
                name: 't'
              }
            }
            """);

        Assert.That(graph.Single("Microsoft.ContainerRegistry/registries/tasks").Condition, Is.InstanceOf<BooleanValue>().With.Property("Value").False);
    }

    [Test]
    public void A_description_decorator_is_metadata_as_in_the_compiled_JSON()
    {
        var (graph, _) = BicepTemplates.Load("""
            @description('The registry')
            resource acr 'Microsoft.ContainerRegistry/registries@2023-07-01' = {
              name: 'acr1'
            }
            """);

        Assert.That(BicepTemplates.Text(((ObjectValue)graph.Resources.Single().Body["metadata"]!)["description"]!), Is.EqualTo("The registry"));
    }

    [Test]
    public void An_explicit_deployment_resource_deploys_its_inline_template()
    {
        var (graph, diagnostics) = BicepTemplates.Load("""
            resource nested 'Microsoft.Resources/deployments@2022-09-01' = {
              name: 'inner'
              properties: {
                mode: 'Incremental'
                expressionEvaluationOptions: { scope: 'inner' }
                parameters: { acrName: { value: 'fromBicep' } }
                template: {
                  '$schema': 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#'
                  contentVersion: '1.0.0.0'
                  parameters: { acrName: { type: 'string' } }
                  resources: [
                    {
                      type: 'Microsoft.ContainerRegistry/registries'
                      apiVersion: '2023-07-01'
                      name: '[parameters(\'acrName\')]'
                    }
                  ]
                }
              }
            }
            """);

        Assert.That(diagnostics.Items, Is.Empty, string.Join("\n", diagnostics.Items));
        var deployment = graph.Single("Microsoft.Resources/deployments");
        Assert.That(((ObjectValue)deployment.Body["properties"]!).GetEntry("template"), Is.Null);
        var registry = graph.Single(Registry);
        Assert.That(BicepTemplates.Text(registry.Name), Is.EqualTo("fromBicep"));
        Assert.That(registry.ModuleTrace.Single().Description, Is.EqualTo("deployment 'inner'"));
        Assert.That(registry.Declaration.File.DisplayPath, Is.EqualTo("main.bicep"));
    }

    [Test]
    public void A_target_scope_decides_the_id_function()
    {
        var (graph, _) = BicepTemplates.Load("""
            targetScope = 'subscription'
            resource group 'Microsoft.Resources/resourceGroups@2024-03-01' = {
              name: 'rg'
              location: 'westeurope'
              tags: { self: group.id }
            }
            """);

        var id = (ResourceIdValue)((ObjectValue)graph.Resources.Single().Body["tags"]!)["self"]!;
        Assert.That(id.Kind, Is.EqualTo(ResourceIdKind.Subscription));
    }

    [Test]
    public void Bad_input_gives_diagnostics_and_a_graph_never_an_exception()
    {
        var (graph, diagnostics) = BicepTemplates.Load("""
            resource acr 'Microsoft.ContainerRegistry/registries@2023-07-01' = {
              name: undefinedThing
              properties: {
                a: acr.id
                b: [for x in 42: x]
                c: unknownFunction()
              }
            }
            module m 'missing.bicep' = {
              name: 'm'
            }
            resource 'broken
            """);

        Assert.That(graph.Resources, Is.Not.Empty);
        Assert.That(BicepTemplates.Codes(diagnostics), Is.SupersetOf(new[] { "ATL1201", "ATL1202", "ATL1204", ModuleDiagnostics.ModuleNotFoundCode }));
    }
}
