param name string
param location string
@allowed(['Enabled', 'Disabled'])
param publicAccess string

resource acr 'Microsoft.ContainerRegistry/registries@2025-11-01' = {
  name: name
  location: location
  sku: { name: 'Premium' }
  properties: {
    publicNetworkAccess: publicAccess
    networkRuleSet: { defaultAction: 'Deny' }
    networkRuleBypassOptions: 'None'
  }

  resource build 'tasks@2019-06-01-preview' = {
    name: 'build'
    location: location
    identity: { type: 'SystemAssigned' }
    properties: {
      platform: { os: 'Linux' }
      step: { type: 'Docker', dockerFilePath: 'Dockerfile', contextPath: 'https://github.com/contoso/app.git' }
    }
  }
}

output id string = acr.id
