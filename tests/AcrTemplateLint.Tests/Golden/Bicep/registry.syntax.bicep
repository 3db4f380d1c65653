// A premium registry reachable only through a private endpoint.
targetScope = 'resourceGroup'
//@ TargetScope [2:1..2:30) |targetScope = 'resourceGroup'|
//@   String [2:15..2:30) |'resourceGroup'| = "resourceGroup"

metadata description = 'Hardened container registry'
//@ MetadataDeclaration [4:1..4:53) |metadata description = 'Hardened container registry'|
//@   Identifier [4:10..4:21) |description|
//@   String [4:24..4:53) |'Hardened container registry'| = "Hardened container registry"

@description('Registry name: 5-50 alphanumerics.')
//@ ParameterDeclaration [6:1..9:26)
//@   Decorator [6:1..6:51) |@description('Registry name: 5-50 alphanumerics.')|
//@     FunctionCall [6:2..6:51) |description('Registry name: 5-50 alphanumerics.')|
//@       Identifier [6:2..6:13) |description|
//@       FunctionArgument > String [6:14..6:50) |'Registry name: 5-50 alphanumerics.'| = "Registry name: 5-50 alphanumerics."
@minLength(5)
//@   Decorator [7:1..7:14) |@minLength(5)|
//@     FunctionCall [7:2..7:14) |minLength(5)|
//@       Identifier [7:2..7:11) |minLength|
//@       FunctionArgument > IntegerLiteral [7:12..7:13) |5|
@maxLength(50)
//@   Decorator [8:1..8:15) |@maxLength(50)|
//@     FunctionCall [8:2..8:15) |maxLength(50)|
//@       Identifier [8:2..8:11) |maxLength|
//@       FunctionArgument > IntegerLiteral [8:12..8:14) |50|
param registryName string
//@   Identifier [9:7..9:19) |registryName|
//@   TypeReference > Identifier [9:20..9:26) |string|

param location string = resourceGroup().location
//@ ParameterDeclaration [11:1..11:49) |param location string = resourceGroup().location|
//@   Identifier [11:7..11:15) |location|
//@   TypeReference > Identifier [11:16..11:22) |string|
//@   ParameterDefaultValue [11:23..11:49) |= resourceGroup().location|
//@     PropertyAccess [11:25..11:49) |resourceGroup().location|
//@       FunctionCall [11:25..11:40) |resourceGroup()|
//@         Identifier [11:25..11:38) |resourceGroup|
//@       Identifier [11:41..11:49) |location|

@allowed([
//@ ParameterDeclaration [13:1..18:29)
//@   Decorator [13:1..17:3)
//@     FunctionCall [13:2..17:3)
//@       Identifier [13:2..13:9) |allowed|
//@       FunctionArgument > Array [13:10..17:2)
  'Basic'
//@         ArrayItem > String [14:3..14:10) |'Basic'| = "Basic"
  'Standard'
//@         ArrayItem > String [15:3..15:13) |'Standard'| = "Standard"
  'Premium'
//@         ArrayItem > String [16:3..16:12) |'Premium'| = "Premium"
])
param sku string = 'Premium'
//@   Identifier [18:7..18:10) |sku|
//@   TypeReference > Identifier [18:11..18:17) |string|
//@   ParameterDefaultValue [18:18..18:29) |= 'Premium'|
//@     String [18:20..18:29) |'Premium'| = "Premium"

param allowedIps string[] = []
//@ ParameterDeclaration [20:1..20:31) |param allowedIps string[] = []|
//@   Identifier [20:7..20:17) |allowedIps|
//@   ArrayType [20:18..20:26) |string[]|
//@     TypeReference > Identifier [20:18..20:24) |string|
//@   ParameterDefaultValue [20:27..20:31) |= []|
//@     Array [20:29..20:31) |[]|
param subnetId string?
//@ ParameterDeclaration [21:1..21:23) |param subnetId string?|
//@   Identifier [21:7..21:15) |subnetId|
//@   NullableType [21:16..21:23) |string?|
//@     TypeReference > Identifier [21:16..21:22) |string|

var privateDnsZone = 'privatelink${environment().suffixes.acrLoginServer}'
//@ VariableDeclaration [23:1..23:75) |var privateDnsZone = 'privatelink${environment().suffixes.ac…|
//@   Identifier [23:5..23:19) |privateDnsZone|
//@   String [23:22..23:75) |'privatelink${environment().suffixes.acrLoginServer}'| = "privatelink" ${…} ""
//@     PropertyAccess [23:36..23:73) |environment().suffixes.acrLoginServer|
//@       PropertyAccess [23:36..23:58) |environment().suffixes|
//@         FunctionCall [23:36..23:49) |environment()|
//@           Identifier [23:36..23:47) |environment|
//@         Identifier [23:50..23:58) |suffixes|
//@       Identifier [23:59..23:73) |acrLoginServer|

#disable-next-line ACR001 BCP081 // the preview API is required for export policies
//@ pragma disable-next-line [ACR001, BCP081] reason: "the preview API is required for export policies"
resource registry 'Microsoft.ContainerRegistry/registries@2023-11-01-preview' = {
//@ ResourceDeclaration [26:1..50:2)
//@   Identifier [26:10..26:18) |registry|
//@   String [26:19..26:78) |'Microsoft.ContainerRegistry/registries@2023-11-01-preview'| = "Microsoft.ContainerRegistry/registries@2023-11-01-preview"
//@   Object [26:81..50:2)
  name: registryName
//@     ObjectProperty [27:3..27:21) |name: registryName|
//@       Identifier [27:3..27:7) |name|
//@       VariableAccess > Identifier [27:9..27:21) |registryName|
  location: location
//@     ObjectProperty [28:3..28:21) |location: location|
//@       Identifier [28:3..28:11) |location|
//@       VariableAccess > Identifier [28:13..28:21) |location|
  sku: { name: sku }
//@     ObjectProperty [29:3..29:21) |sku: { name: sku }|
//@       Identifier [29:3..29:6) |sku|
//@       Object [29:8..29:21) |{ name: sku }|
//@         ObjectProperty [29:10..29:19) |name: sku|
//@           Identifier [29:10..29:14) |name|
//@           VariableAccess > Identifier [29:16..29:19) |sku|
  properties: {
//@     ObjectProperty [30:3..43:4)
//@       Identifier [30:3..30:13) |properties|
//@       Object [30:15..43:4)
    adminUserEnabled: false
//@         ObjectProperty [31:5..31:28) |adminUserEnabled: false|
//@           Identifier [31:5..31:21) |adminUserEnabled|
//@           BooleanLiteral [31:23..31:28) |false|
    publicNetworkAccess: empty(allowedIps) ? 'Disabled' : 'Enabled'
//@         ObjectProperty [32:5..32:68) |publicNetworkAccess: empty(allowedIps) ? 'Disabled' : 'Enabl…|
//@           Identifier [32:5..32:24) |publicNetworkAccess|
//@           TernaryOperation [32:26..32:68) |empty(allowedIps) ? 'Disabled' : 'Enabled'|
//@             FunctionCall [32:26..32:43) |empty(allowedIps)|
//@               Identifier [32:26..32:31) |empty|
//@               FunctionArgument > VariableAccess > Identifier [32:32..32:42) |allowedIps|
//@             String [32:46..32:56) |'Disabled'| = "Disabled"
//@             String [32:59..32:68) |'Enabled'| = "Enabled"
    networkRuleSet: {
//@         ObjectProperty [33:5..39:6)
//@           Identifier [33:5..33:19) |networkRuleSet|
//@           Object [33:21..39:6)
      defaultAction: 'Deny'
//@             ObjectProperty [34:7..34:28) |defaultAction: 'Deny'|
//@               Identifier [34:7..34:20) |defaultAction|
//@               String [34:22..34:28) |'Deny'| = "Deny"
      ipRules: [for ip in allowedIps: {
//@             ObjectProperty [35:7..38:9)
//@               Identifier [35:7..35:14) |ipRules|
//@               For [35:16..38:9)
//@                 LocalVariable > Identifier [35:21..35:23) |ip|
//@                 VariableAccess > Identifier [35:27..35:37) |allowedIps|
//@                 Object [35:39..38:8)
        action: 'Allow'
//@                   ObjectProperty [36:9..36:24) |action: 'Allow'|
//@                     Identifier [36:9..36:15) |action|
//@                     String [36:17..36:24) |'Allow'| = "Allow"
        value: ip
//@                   ObjectProperty [37:9..37:18) |value: ip|
//@                     Identifier [37:9..37:14) |value|
//@                     VariableAccess > Identifier [37:16..37:18) |ip|
      }]
    }
    policies: {
//@         ObjectProperty [40:5..42:6)
//@           Identifier [40:5..40:13) |policies|
//@           Object [40:15..42:6)
      exportPolicy: { status: 'disabled' }
//@             ObjectProperty [41:7..41:43) |exportPolicy: { status: 'disabled' }|
//@               Identifier [41:7..41:19) |exportPolicy|
//@               Object [41:21..41:43) |{ status: 'disabled' }|
//@                 ObjectProperty [41:23..41:41) |status: 'disabled'|
//@                   Identifier [41:23..41:29) |status|
//@                   String [41:31..41:41) |'disabled'| = "disabled"
    }
  }

  resource webhook 'webhooks' = {
//@     ResourceDeclaration [45:3..49:4)
//@       Identifier [45:12..45:19) |webhook|
//@       String [45:20..45:30) |'webhooks'| = "webhooks"
//@       Object [45:33..49:4)
    name: 'ci'
//@         ObjectProperty [46:5..46:15) |name: 'ci'|
//@           Identifier [46:5..46:9) |name|
//@           String [46:11..46:15) |'ci'| = "ci"
    location: location
//@         ObjectProperty [47:5..47:23) |location: location|
//@           Identifier [47:5..47:13) |location|
//@           VariableAccess > Identifier [47:15..47:23) |location|
    properties: { serviceUri: 'https://ci.example.com/hook', actions: ['push'] }
//@         ObjectProperty [48:5..48:81) |properties: { serviceUri: 'https://ci.example.com/hook', act…|
//@           Identifier [48:5..48:15) |properties|
//@           Object [48:17..48:81) |{ serviceUri: 'https://ci.example.com/hook', actions: ['push…|
//@             ObjectProperty [48:19..48:60) |serviceUri: 'https://ci.example.com/hook'|
//@               Identifier [48:19..48:29) |serviceUri|
//@               String [48:31..48:60) |'https://ci.example.com/hook'| = "https://ci.example.com/hook"
//@             ObjectProperty [48:62..48:79) |actions: ['push']|
//@               Identifier [48:62..48:69) |actions|
//@               Array [48:71..48:79) |['push']|
//@                 ArrayItem > String [48:72..48:78) |'push'| = "push"
  }
}

resource endpoint 'Microsoft.Network/privateEndpoints@2023-09-01' = if (subnetId != null) {
//@ ResourceDeclaration [52:1..67:2)
//@   Identifier [52:10..52:18) |endpoint|
//@   String [52:19..52:66) |'Microsoft.Network/privateEndpoints@2023-09-01'| = "Microsoft.Network/privateEndpoints@2023-09-01"
//@   IfCondition [52:69..67:2)
//@     ParenthesizedExpression [52:72..52:90) |(subnetId != null)|
//@       BinaryOperation [52:73..52:89) |subnetId != null|
//@         VariableAccess > Identifier [52:73..52:81) |subnetId|
//@         NullLiteral [52:85..52:89) |null|
//@     Object [52:91..67:2)
  name: '${registryName}-pe'
//@       ObjectProperty [53:3..53:29) |name: '${registryName}-pe'|
//@         Identifier [53:3..53:7) |name|
//@         String [53:9..53:29) |'${registryName}-pe'| = "" ${…} "-pe"
//@           VariableAccess > Identifier [53:12..53:24) |registryName|
  location: location
//@       ObjectProperty [54:3..54:21) |location: location|
//@         Identifier [54:3..54:11) |location|
//@         VariableAccess > Identifier [54:13..54:21) |location|
  properties: {
//@       ObjectProperty [55:3..66:4)
//@         Identifier [55:3..55:13) |properties|
//@         Object [55:15..66:4)
    subnet: { id: subnetId! }
//@           ObjectProperty [56:5..56:30) |subnet: { id: subnetId! }|
//@             Identifier [56:5..56:11) |subnet|
//@             Object [56:13..56:30) |{ id: subnetId! }|
//@               ObjectProperty [56:15..56:28) |id: subnetId!|
//@                 Identifier [56:15..56:17) |id|
//@                 NonNullAssertion [56:19..56:28) |subnetId!|
//@                   VariableAccess > Identifier [56:19..56:27) |subnetId|
    privateLinkServiceConnections: [
//@           ObjectProperty [57:5..65:6)
//@             Identifier [57:5..57:34) |privateLinkServiceConnections|
//@             Array [57:36..65:6)
      {
//@               ArrayItem > Object [58:7..64:8)
        name: 'registry'
//@                 ObjectProperty [59:9..59:25) |name: 'registry'|
//@                   Identifier [59:9..59:13) |name|
//@                   String [59:15..59:25) |'registry'| = "registry"
        properties: {
//@                 ObjectProperty [60:9..63:10)
//@                   Identifier [60:9..60:19) |properties|
//@                   Object [60:21..63:10)
          privateLinkServiceId: registry.id
//@                     ObjectProperty [61:11..61:44) |privateLinkServiceId: registry.id|
//@                       Identifier [61:11..61:31) |privateLinkServiceId|
//@                       PropertyAccess [61:33..61:44) |registry.id|
//@                         VariableAccess > Identifier [61:33..61:41) |registry|
//@                         Identifier [61:42..61:44) |id|
          groupIds: ['registry']
//@                     ObjectProperty [62:11..62:33) |groupIds: ['registry']|
//@                       Identifier [62:11..62:19) |groupIds|
//@                       Array [62:21..62:33) |['registry']|
//@                         ArrayItem > String [62:22..62:32) |'registry'| = "registry"
        }
      }
    ]
  }
}

resource zone 'Microsoft.Network/privateDnsZones@2020-06-01' existing = {
//@ ResourceDeclaration [69:1..71:2)
//@   Identifier [69:10..69:14) |zone|
//@   String [69:15..69:61) |'Microsoft.Network/privateDnsZones@2020-06-01'| = "Microsoft.Network/privateDnsZones@2020-06-01"
//@   Object [69:73..71:2)
  name: privateDnsZone
//@     ObjectProperty [70:3..70:23) |name: privateDnsZone|
//@       Identifier [70:3..70:7) |name|
//@       VariableAccess > Identifier [70:9..70:23) |privateDnsZone|
}

output loginServer string = registry.properties.loginServer
//@ OutputDeclaration [73:1..73:60) |output loginServer string = registry.properties.loginServer|
//@   Identifier [73:8..73:19) |loginServer|
//@   TypeReference > Identifier [73:20..73:26) |string|
//@   PropertyAccess [73:29..73:60) |registry.properties.loginServer|
//@     PropertyAccess [73:29..73:48) |registry.properties|
//@       VariableAccess > Identifier [73:29..73:37) |registry|
//@       Identifier [73:38..73:48) |properties|
//@     Identifier [73:49..73:60) |loginServer|
output hookName string = registry::webhook.name
//@ OutputDeclaration [74:1..74:48) |output hookName string = registry::webhook.name|
//@   Identifier [74:8..74:16) |hookName|
//@   TypeReference > Identifier [74:17..74:23) |string|
//@   PropertyAccess [74:26..74:48) |registry::webhook.name|
//@     ResourceAccess [74:26..74:43) |registry::webhook|
//@       VariableAccess > Identifier [74:26..74:34) |registry|
//@       Identifier [74:36..74:43) |webhook|
//@     Identifier [74:44..74:48) |name|

