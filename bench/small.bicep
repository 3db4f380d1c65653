// The small template of the cold-start measurement: one registry and one task, as a developer saves them.
param location string = resourceGroup().location

resource acr 'Microsoft.ContainerRegistry/registries@2025-11-01' = {
  name: 'contosoacr'
  location: location
  sku: { name: 'Premium' }
  properties: {
    publicNetworkAccess: 'Disabled'
    networkRuleBypassOptions: 'None'
  }

  resource build 'tasks@2019-06-01-preview' = {
    name: 'build'
    location: location
    identity: { type: 'SystemAssigned' }
    properties: { platform: { os: 'Linux' } }
  }
}
