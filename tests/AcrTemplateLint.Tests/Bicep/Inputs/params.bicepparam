using './main.bicep'

extends 'shared.bicepparam'

import { skuName } from 'types.bicep'

// Values for the hardened registry.
param registryName = 'contosoacr'
param sku = 'Premium'
param allowedIps = [
  '203.0.113.10'
]
param tags = {
  env: readEnvironmentVariable('ENV', 'dev')
}

var suffix = '-pe'
param endpointName = '${registryName}${suffix}'

extensionConfig k8s with {
  namespace: 'default'
}
