// A registry deployed through a module, reached by a private endpoint in another module.
// acrlint follows the parameters into the module and reports findings at the lines below.
param location string = resourceGroup().location
param registryName string
param publicAccess string

module registry 'modules/registry.bicep' = {
  name: 'registry'
  params: {
    name: registryName
    location: location
    publicAccess: publicAccess
  }
}

module endpoint 'modules/private-endpoint.bicep' = {
  name: 'registry-endpoint'
  params: {
    location: location
    registryId: registry.outputs.id
  }
}
