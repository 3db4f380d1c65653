param location string
param registryId string

resource endpoint 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-registry'
  location: location
  properties: {
    privateLinkServiceConnections: [
      {
        name: 'registry'
        properties: {
          privateLinkServiceId: registryId
          groupIds: ['registry']
        }
      }
    ]
  }
}
