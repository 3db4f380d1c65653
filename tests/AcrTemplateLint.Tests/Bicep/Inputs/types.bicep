import { skuName, helper as h } from 'shared.bicep'
import * as common from 'br/public:avm/utl/types/avm-common-types:0.5.1'
extension microsoftGraphV1
extension kubernetes with {
  namespace: 'default'
  kubeConfig: ''
} as k8s

@export()
@description('A network rule.')
type ipRule = {
  action: 'Allow'
  value: string
}

@discriminator('kind')
type endpoint = { kind: 'public', rules: ipRule[] } | { kind: 'private', subnetId: string }

@sealed()
type settings = {
  @minLength(1)
  name: string
  tier: 'Basic' | 'Standard' | 'Premium'
  retentionDays: int?
  'quoted-key': bool
  tags: { *: string }
}

type pair = [
  @description('first')
  string
  int
]
type derived = resourceInput<'Microsoft.ContainerRegistry/registries@2023-07-01'>.properties
type outputs = resourceOutput<'Microsoft.ContainerRegistry/registries@2023-07-01'>
type tierOf = settings.tier
type anyTag = settings.tags.*
type firstOf = pair[0]
type elementOf = ipRule[][*]
type levels =
  | 1
  | -1

@export()
func loginServer(name string, suffix string?) string => '${name}.${suffix ?? 'azurecr.io'}'

func clamp(value int, low int, high int) int =>
  value < low ? low : value > high ? high : value

param existingRegistry resource 'Microsoft.ContainerRegistry/registries@2023-07-01'
output registryResource resource = existingRegistry

module net 'modules/network.bicep' = [for (zone, index) in ['a', 'b']: if (index > 0) {
  name: 'net-${zone}'
  params: { zone: zone }
}]

module child 'br:contoso.azurecr.io/bicep/child:v1' = if (true) {
  name: 'child'
}

test smoke 'main.bicep' = {
  params: { registryName: 'smoke' }
}

assert nameIsLong = length('registry') > 4
