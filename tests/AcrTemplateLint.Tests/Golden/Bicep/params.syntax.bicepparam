using './main.bicep'
//@ UsingDeclaration [1:1..1:21) |using './main.bicep'|
//@   String [1:7..1:21) |'./main.bicep'| = "./main.bicep"

extends 'shared.bicepparam'
//@ ExtendsDeclaration [3:1..3:28) |extends 'shared.bicepparam'|
//@   String [3:9..3:28) |'shared.bicepparam'| = "shared.bicepparam"

import { skuName } from 'types.bicep'
//@ ImportDeclaration [5:1..5:38) |import { skuName } from 'types.bicep'|
//@   ImportedSymbolsList [5:8..5:19) |{ skuName }|
//@     ImportedSymbol > Identifier [5:10..5:17) |skuName|
//@   FromClause [5:20..5:38) |from 'types.bicep'|
//@     String [5:25..5:38) |'types.bicep'| = "types.bicep"

// Values for the hardened registry.
param registryName = 'contosoacr'
//@ ParameterAssignment [8:1..8:34) |param registryName = 'contosoacr'|
//@   Identifier [8:7..8:19) |registryName|
//@   String [8:22..8:34) |'contosoacr'| = "contosoacr"
param sku = 'Premium'
//@ ParameterAssignment [9:1..9:22) |param sku = 'Premium'|
//@   Identifier [9:7..9:10) |sku|
//@   String [9:13..9:22) |'Premium'| = "Premium"
param allowedIps = [
//@ ParameterAssignment [10:1..12:2)
//@   Identifier [10:7..10:17) |allowedIps|
//@   Array [10:20..12:2)
  '203.0.113.10'
//@     ArrayItem > String [11:3..11:17) |'203.0.113.10'| = "203.0.113.10"
]
param tags = {
//@ ParameterAssignment [13:1..15:2)
//@   Identifier [13:7..13:11) |tags|
//@   Object [13:14..15:2)
  env: readEnvironmentVariable('ENV', 'dev')
//@     ObjectProperty [14:3..14:45) |env: readEnvironmentVariable('ENV', 'dev')|
//@       Identifier [14:3..14:6) |env|
//@       FunctionCall [14:8..14:45) |readEnvironmentVariable('ENV', 'dev')|
//@         Identifier [14:8..14:31) |readEnvironmentVariable|
//@         FunctionArgument > String [14:32..14:37) |'ENV'| = "ENV"
//@         FunctionArgument > String [14:39..14:44) |'dev'| = "dev"
}

var suffix = '-pe'
//@ VariableDeclaration [17:1..17:19) |var suffix = '-pe'|
//@   Identifier [17:5..17:11) |suffix|
//@   String [17:14..17:19) |'-pe'| = "-pe"
param endpointName = '${registryName}${suffix}'
//@ ParameterAssignment [18:1..18:48) |param endpointName = '${registryName}${suffix}'|
//@   Identifier [18:7..18:19) |endpointName|
//@   String [18:22..18:48) |'${registryName}${suffix}'| = "" ${…} "" ${…} ""
//@     VariableAccess > Identifier [18:25..18:37) |registryName|
//@     VariableAccess > Identifier [18:40..18:46) |suffix|

extensionConfig k8s with {
//@ ExtensionConfigAssignment [20:1..22:2)
//@   Identifier [20:17..20:20) |k8s|
//@   WithClause [20:21..22:2)
//@     Object [20:26..22:2)
  namespace: 'default'
//@       ObjectProperty [21:3..21:23) |namespace: 'default'|
//@         Identifier [21:3..21:12) |namespace|
//@         String [21:14..21:23) |'default'| = "default"
}

