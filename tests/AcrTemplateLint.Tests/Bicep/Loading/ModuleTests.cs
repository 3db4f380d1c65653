using AcrTemplateLint.Bicep.Lowering;
using AcrTemplateLint.Bicep.Loading;
using AcrTemplateLint.Evaluation.Values;
using AcrTemplateLint.Tests.Support;

namespace AcrTemplateLint.Tests.Bicep.Loading;

/// <summary>Modules: parameters in, outputs back, loops and conditions over everything inside, and what is never read.</summary>
public sealed class ModuleTests
{
    private const string RegistryModule = """
        param name string
        param location string = 'westeurope'
        param access string
        resource acr 'Microsoft.ContainerRegistry/registries@2023-07-01' = {
          name: name
          location: location
          properties: {
            publicNetworkAccess: access
          }
        }
        output id string = acr.id
        output loginServer string = acr.properties.loginServer
        """;

    [Test]
    public void Parameters_flow_in_with_hops_and_resources_keep_their_own_spans_and_the_module_trace()
    {
        var (graph, diagnostics) = BicepTemplates.Load("""
            param access string = 'Disabled'
            module registry 'modules/registry.bicep' = {
              name: 'registry'
              params: {
                name: 'acr1'
                access: access
              }
            }
            """, ("modules/registry.bicep", RegistryModule));

        Assert.That(diagnostics.Items, Is.Empty, string.Join("\n", diagnostics.Items));
        Assert.That(graph.Resources.Select(r => r.Type), Is.EqualTo(new[] { "Microsoft.Resources/deployments", "Microsoft.ContainerRegistry/registries" }));
        var acr = graph.Single("Microsoft.ContainerRegistry/registries");
        Assert.That(acr.Declaration.File.DisplayPath, Is.EqualTo("modules/registry.bicep"));
        Assert.That(acr.ModuleTrace.Single().Description, Is.EqualTo("module 'registry'"));
        Assert.That(acr.ModuleTrace.Single().Location.File.DisplayPath, Is.EqualTo("main.bicep"));

        var access = ((ObjectValue)acr.Body["properties"]!)["publicNetworkAccess"]!;
        Assert.That(BicepTemplates.Text(access), Is.EqualTo("Disabled"));
        Assert.That(access.Origin!.File.DisplayPath, Is.EqualTo("modules/registry.bicep"), "the use site stays the primary location");
        Assert.That(access.Trace.Select(h => $"{h.Description} @ {h.Location.File.DisplayPath}"), Is.SupersetOf(new[]
        {
            "parameter 'access' declared here @ modules/registry.bicep",
            "value passed by module 'registry' @ main.bicep",
        }));
        Assert.That(BicepTemplates.Text(((ObjectValue)acr.Body)["location"]!), Is.EqualTo("westeurope"));
    }

    [Test]
    public void Outputs_flow_back_so_a_private_endpoint_can_refer_to_the_registry_of_another_module()
    {
        var (graph, _) = BicepTemplates.Load("""
            param registryName string
            module registry 'registry.bicep' = {
              name: 'registry'
              params: { name: registryName, access: 'Disabled' }
            }
            resource endpoint 'Microsoft.Network/privateEndpoints@2023-04-01' = {
              name: 'pe'
              properties: {
                privateLinkServiceConnections: [
                  { name: 'c', properties: { privateLinkServiceId: registry.outputs.id, groupIds: ['registry'] } }
                ]
              }
            }
            """, ("registry.bicep", RegistryModule));

        var connection = (ObjectValue)((ArrayValue)((ObjectValue)graph.Single("Microsoft.Network/privateEndpoints").Body["properties"]!)["privateLinkServiceConnections"]!).Items[0];
        var id = (ResourceIdValue)((ObjectValue)connection["properties"]!)["privateLinkServiceId"]!;
        var registryNode = graph.Single("Microsoft.ContainerRegistry/registries");
        Assert.That(id.ResourceType, Is.EqualTo("Microsoft.ContainerRegistry/registries"));
        Assert.That(id.RefersToSameResource(new ResourceIdValue(registryNode.Type, [registryNode.Name], null)), Is.True,
            "the same unknown parameter names both, so they are the same registry");
    }

    [Test]
    public void A_loop_and_a_condition_on_a_module_apply_to_everything_inside()
    {
        var (graph, _) = BicepTemplates.Load("""
            param deploy bool = false
            module registries 'registry.bicep' = [for n in ['a', 'b']: if (deploy) {
              name: 'reg-${n}'
              params: { name: 'acr${n}', access: 'Enabled' }
            }]
            """, ("registry.bicep", RegistryModule));

        var registries = graph.OfType("Microsoft.ContainerRegistry/registries").ToList();
        Assert.That(registries.Select(r => BicepTemplates.Text(r.Name)), Is.EqualTo(new[] { "acra", "acrb" }));
        Assert.That(registries.Select(r => r.Condition), Has.All.InstanceOf<BooleanValue>().With.Property("Value").False);
        Assert.That(graph.OfType("Microsoft.Resources/deployments").Select(d => d.Copy!.LoopName).Distinct(), Is.EqualTo(new[] { "registries" }));
    }

    [Test]
    public void A_json_module_goes_through_the_ARM_loader_with_the_parameters_the_module_passes()
    {
        var (graph, diagnostics) = BicepTemplates.Load("""
            module registry 'registry.json' = {
              name: 'registry'
              params: { name: 'fromBicep' }
            }
            output id string = registry.outputs.id
            """, ("registry.json", """
            {
              "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
              "contentVersion": "1.0.0.0",
              "parameters": { "name": { "type": "string" } },
              "resources": [ { "type": "Microsoft.ContainerRegistry/registries", "apiVersion": "2023-07-01", "name": "[parameters('name')]" } ],
              "outputs": { "id": { "type": "string", "value": "[resourceId('Microsoft.ContainerRegistry/registries', parameters('name'))]" } }
            }
            """));

        Assert.That(diagnostics.Items, Is.Empty, string.Join("\n", diagnostics.Items));
        var acr = graph.Single("Microsoft.ContainerRegistry/registries");
        Assert.That(BicepTemplates.Text(acr.Name), Is.EqualTo("fromBicep"));
        Assert.That(acr.Declaration.File.DisplayPath, Is.EqualTo("registry.json"));
        Assert.That(acr.ModuleTrace.Single().Description, Is.EqualTo("module 'registry'"));
    }

    [Test]
    public void A_registry_module_is_never_fetched_it_is_unresolved_with_a_note()
    {
        var (graph, diagnostics) = BicepTemplates.Load("""
            module registry 'br/public:avm/res/container-registry/registry:0.1.0' = {
              name: 'registry'
              params: { name: 'acr' }
            }
            output server string = registry.outputs.loginServer
            """);

        Assert.That(BicepTemplates.Codes(diagnostics), Is.EqualTo(new[] { ModuleDiagnostics.RegistryModuleCode }));
        var unresolved = graph.UnresolvedModules.Single();
        Assert.That(unresolved.Reference, Is.EqualTo("br/public:avm/res/container-registry/registry:0.1.0"));
        Assert.That(unresolved.Location.File.GetText(unresolved.Location.Span), Is.EqualTo("'br/public:avm/res/container-registry/registry:0.1.0'"));
    }

    [Test]
    public void Parameters_a_module_does_not_declare_and_required_ones_it_lacks_are_diagnostics()
    {
        var (_, diagnostics) = BicepTemplates.Load("""
            module registry 'registry.bicep' = {
              name: 'registry'
              params: { name: 'acr', typo: 1 }
            }
            """, ("registry.bicep", RegistryModule));

        Assert.That(BicepTemplates.Codes(diagnostics), Is.EquivalentTo(new[] { ModuleDiagnostics.UndeclaredModuleParameterCode, ModuleDiagnostics.MissingModuleParameterCode }));
    }

    [Test]
    public void A_module_that_deploys_itself_is_a_diagnostic_not_an_endless_loop()
    {
        var (graph, diagnostics) = BicepTemplates.Load("""
            module again 'a.bicep' = {
              name: 'a'
            }
            """, ("a.bicep", "module back 'b.bicep' = {\n  name: 'b'\n}\n"), ("b.bicep", "module again 'a.bicep' = {\n  name: 'a2'\n}\n"));

        Assert.That(BicepTemplates.Codes(diagnostics), Is.EqualTo(new[] { ModuleDiagnostics.ModuleCycleCode }));
        Assert.That(graph.UnresolvedModules.Single().Location.File.DisplayPath, Is.EqualTo("b.bicep"));
    }

    [Test]
    public void A_module_used_by_several_callers_is_parsed_once_and_keeps_one_source_file()
    {
        using var directory = new TempDirectory();
        directory.Write("registry.bicep", RegistryModule);
        var main = directory.Write("main.bicep", """
            module one 'registry.bicep' = { name: 'one', params: { name: 'a', access: 'Enabled' } }
            module two 'registry.bicep' = { name: 'two', params: { name: 'b', access: 'Enabled' } }
            """);
        var cache = new BicepFileCache();
        var file = cache.Bicep(main, "main.bicep").Value!;
        var graph = BicepTemplateLoader.Load(file, null, new(), cache);

        var registries = graph.OfType("Microsoft.ContainerRegistry/registries").ToList();
        Assert.That(registries, Has.Count.EqualTo(2));
        Assert.That(registries[0].Declaration.File, Is.SameAs(registries[1].Declaration.File));
        Assert.That(cache.Bicep(Path.Combine(directory.Path, "registry.bicep"), "registry.bicep").Value, Is.SameAs(cache.Bicep(Path.Combine(directory.Path, "registry.bicep"), "other").Value));
    }

    [TestCase("../outside.bicep")]
    [TestCase("/etc/hostname.bicep")]
    public void A_module_outside_the_scanned_root_is_refused_with_a_positioned_diagnostic(string path)
    {
        var (graph, diagnostics) = BicepTemplates.Load($$"""
            module m '{{path}}' = {
              name: 'm'
            }
            """);

        var diagnostic = diagnostics.Items.Single();
        Assert.That(diagnostic.Code, Is.EqualTo(LoweringDiagnostics.PathOutsideRootCode));
        Assert.That(diagnostic.Location!.File.GetText(diagnostic.Location.Span), Is.EqualTo($"'{path}'"));
        Assert.That(graph.UnresolvedModules, Has.Length.EqualTo(1));
    }
}
