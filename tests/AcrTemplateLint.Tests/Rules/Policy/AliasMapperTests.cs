using AcrTemplateLint.Rules.Policy;

namespace AcrTemplateLint.Tests.Rules.Policy;

public sealed class AliasMapperTests
{
    [TestCase("Microsoft.ContainerRegistry/registries/sku.name", "sku.name", "Microsoft.ContainerRegistry/registries")]
    [TestCase("Microsoft.ContainerRegistry/registries/networkRuleSet.defaultAction", "properties.networkRuleSet.defaultAction", "Microsoft.ContainerRegistry/registries")]
    [TestCase("Microsoft.ContainerRegistry/registries/networkRuleSet.virtualNetworkRules[*].action", "properties.networkRuleSet.virtualNetworkRules[*].action", "Microsoft.ContainerRegistry/registries")]
    [TestCase("Microsoft.ContainerRegistry/registries/tokens/status", "properties.status", "Microsoft.ContainerRegistry/registries/tokens")]
    [TestCase("Microsoft.Network/privateEndpoints/privateLinkServiceConnections[*].groupIds[*]", "properties.privateLinkServiceConnections[*].groupIds[*]", "Microsoft.Network/privateEndpoints")]
    [TestCase("Microsoft.ContainerRegistry/registries/identity.type", "identity.type", "Microsoft.ContainerRegistry/registries")]
    [TestCase("type", "type", null)]
    [TestCase("location", "location", null)]
    [TestCase("tags[cost center]", "tags['cost center']", null)]
    [TestCase("tags['env']", "tags.env", null)]
    [TestCase("tags.env", "tags.env", null)]
    [TestCase("identity.userAssignedIdentities", "identity.userAssignedIdentities", null)]
    public void Maps_an_alias_to_its_template_path(string alias, string path, string? type)
    {
        var mapped = AliasMapper.Map(alias, out var error);

        Assert.That(error, Is.Null);
        Assert.That(mapped!.ToString(), Is.EqualTo(path));
        Assert.That(mapped.Alias!.ResourceType, Is.EqualTo(type));
        Assert.That(mapped.Alias.Name, Is.EqualTo(alias));
        Assert.That(mapped.Alias.LiveOnly, Is.Null);
    }

    [TestCase("Microsoft.ContainerRegistry/registries/privateEndpointConnections[*].privateLinkServiceConnectionState.status", "properties.privateEndpointConnections")]
    [TestCase("Microsoft.ContainerRegistry/registries/loginServer", "properties.loginServer")]
    [TestCase("Microsoft.Network/privateEndpoints/provisioningState", "properties.provisioningState")]
    public void Marks_read_only_state_as_live_only(string alias, string named)
    {
        var live = AliasMapper.Map(alias, out _)!.Alias!.LiveOnly;

        Assert.That(live, Does.StartWith(named).And.Contain("only the deployed"));
    }

    [Test]
    public void The_child_resource_of_the_same_name_is_not_live_state()
    {
        // registries/privateEndpointConnections is a resource a template can declare; the registry's array is not.
        var child = AliasMapper.Map("Microsoft.ContainerRegistry/registries/privateEndpointConnections/privateLinkServiceConnectionState.status", out _);

        Assert.That(child!.ToString(), Is.EqualTo("properties.privateLinkServiceConnectionState.status"));
        Assert.That(child.Alias!.LiveOnly, Is.Null);
    }

    [TestCase("publicNetworkAccess", "an alias that starts with its resource type")]
    [TestCase("registries/publicNetworkAccess", "resource type before the property is incomplete")]
    [TestCase("Microsoft.ContainerRegistry/registries/networkRuleSet..defaultAction", "empty segment")]
    [TestCase("", "empty")]
    public void Rejects_what_is_not_an_alias(string alias, string reason)
    {
        Assert.That(AliasMapper.Map(alias, out var error), Is.Null);
        Assert.That(error, Does.Contain(reason));
    }

    [Test]
    public void Rule_ids_are_stable_numbers_from_the_definition_name()
    {
        Assert.That(PolicyRuleId.For("dc921057-6b28-4fbe-9b83-f7bec05db6c2"), Is.EqualTo("AZP3700559959"));
        Assert.That(PolicyRuleId.For("0000000a-0000-0000-0000-000000000000"), Is.EqualTo("AZP0000000010"));
        Assert.That(PolicyRuleId.For("deny-public-registries"), Does.Match(@"^AZP\d{10}$"));
        Assert.That(PolicyRuleId.For("deny-public-registries"), Is.EqualTo(PolicyRuleId.For("Deny-Public-Registries")));
    }
}
