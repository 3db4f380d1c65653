// A premium registry reachable only through a private endpoint.
targetScope = 'resourceGroup'

metadata description = 'Hardened container registry'

@description('Registry name: 5-50 alphanumerics.')
@minLength(5)
@maxLength(50)
param registryName string

param location string = resourceGroup().location

@allowed([
  'Basic'
  'Standard'
  'Premium'
])
param sku string = 'Premium'

param allowedIps string[] = []
param subnetId string?

var privateDnsZone = 'privatelink${environment().suffixes.acrLoginServer}'

#disable-next-line ACR001 BCP081 // the preview API is required for export policies
resource registry 'Microsoft.ContainerRegistry/registries@2023-11-01-preview' = {
  name: registryName
  location: location
  sku: { name: sku }
  properties: {
    adminUserEnabled: false
    publicNetworkAccess: empty(allowedIps) ? 'Disabled' : 'Enabled'
    networkRuleSet: {
      defaultAction: 'Deny'
      ipRules: [for ip in allowedIps: {
        action: 'Allow'
        value: ip
      }]
    }
    policies: {
      exportPolicy: { status: 'disabled' }
    }
  }

  resource webhook 'webhooks' = {
    name: 'ci'
    location: location
    properties: { serviceUri: 'https://ci.example.com/hook', actions: ['push'] }
  }
}

resource endpoint 'Microsoft.Network/privateEndpoints@2023-09-01' = if (subnetId != null) {
  name: '${registryName}-pe'
  location: location
  properties: {
    subnet: { id: subnetId! }
    privateLinkServiceConnections: [
      {
        name: 'registry'
        properties: {
          privateLinkServiceId: registry.id
          groupIds: ['registry']
        }
      }
    ]
  }
}

resource zone 'Microsoft.Network/privateDnsZones@2020-06-01' existing = {
  name: privateDnsZone
}

output loginServer string = registry.properties.loginServer
output hookName string = registry::webhook.name
