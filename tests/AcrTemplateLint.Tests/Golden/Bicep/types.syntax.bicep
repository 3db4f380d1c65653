import { skuName, helper as h } from 'shared.bicep'
//@ ImportDeclaration [1:1..1:52) |import { skuName, helper as h } from 'shared.bicep'|
//@   ImportedSymbolsList [1:8..1:32) |{ skuName, helper as h }|
//@     ImportedSymbol > Identifier [1:10..1:17) |skuName|
//@     ImportedSymbol [1:19..1:30) |helper as h|
//@       Identifier [1:19..1:25) |helper|
//@       AliasClause [1:26..1:30) |as h|
//@         Identifier [1:29..1:30) |h|
//@   FromClause [1:33..1:52) |from 'shared.bicep'|
//@     String [1:38..1:52) |'shared.bicep'| = "shared.bicep"
import * as common from 'br/public:avm/utl/types/avm-common-types:0.5.1'
//@ ImportDeclaration [2:1..2:73) |import * as common from 'br/public:avm/utl/types/avm-common-…|
//@   WildcardImport [2:8..2:19) |* as common|
//@     AliasClause [2:10..2:19) |as common|
//@       Identifier [2:13..2:19) |common|
//@   FromClause [2:20..2:73) |from 'br/public:avm/utl/types/avm-common-types:0.5.1'|
//@     String [2:25..2:73) |'br/public:avm/utl/types/avm-common-types:0.5.1'| = "br/public:avm/utl/types/avm-common-types:0.5.1"
extension microsoftGraphV1
//@ ExtensionDeclaration [3:1..3:27) |extension microsoftGraphV1|
//@   Identifier [3:11..3:27) |microsoftGraphV1|
extension kubernetes with {
//@ ExtensionDeclaration [4:1..7:9)
//@   Identifier [4:11..4:21) |kubernetes|
//@   WithClause [4:22..7:2)
//@     Object [4:27..7:2)
  namespace: 'default'
//@       ObjectProperty [5:3..5:23) |namespace: 'default'|
//@         Identifier [5:3..5:12) |namespace|
//@         String [5:14..5:23) |'default'| = "default"
  kubeConfig: ''
//@       ObjectProperty [6:3..6:17) |kubeConfig: ''|
//@         Identifier [6:3..6:13) |kubeConfig|
//@         String [6:15..6:17) |''| = ""
} as k8s
//@   AliasClause [7:3..7:9) |as k8s|
//@     Identifier [7:6..7:9) |k8s|

@export()
//@ TypeDeclaration [9:1..14:2)
//@   Decorator [9:1..9:10) |@export()|
//@     FunctionCall [9:2..9:10) |export()|
//@       Identifier [9:2..9:8) |export|
@description('A network rule.')
//@   Decorator [10:1..10:32) |@description('A network rule.')|
//@     FunctionCall [10:2..10:32) |description('A network rule.')|
//@       Identifier [10:2..10:13) |description|
//@       FunctionArgument > String [10:14..10:31) |'A network rule.'| = "A network rule."
type ipRule = {
//@   Identifier [11:6..11:12) |ipRule|
//@   ObjectType [11:15..14:2)
  action: 'Allow'
//@     ObjectTypeProperty [12:3..12:18) |action: 'Allow'|
//@       Identifier [12:3..12:9) |action|
//@       String [12:11..12:18) |'Allow'| = "Allow"
  value: string
//@     ObjectTypeProperty [13:3..13:16) |value: string|
//@       Identifier [13:3..13:8) |value|
//@       TypeReference > Identifier [13:10..13:16) |string|
}

@discriminator('kind')
//@ TypeDeclaration [16:1..17:92)
//@   Decorator [16:1..16:23) |@discriminator('kind')|
//@     FunctionCall [16:2..16:23) |discriminator('kind')|
//@       Identifier [16:2..16:15) |discriminator|
//@       FunctionArgument > String [16:16..16:22) |'kind'| = "kind"
type endpoint = { kind: 'public', rules: ipRule[] } | { kind: 'private', subnetId: string }
//@   Identifier [17:6..17:14) |endpoint|
//@   UnionType [17:17..17:92) |{ kind: 'public', rules: ipRule[] } | { kind: 'private', sub…|
//@     ObjectType [17:17..17:52) |{ kind: 'public', rules: ipRule[] }|
//@       ObjectTypeProperty [17:19..17:33) |kind: 'public'|
//@         Identifier [17:19..17:23) |kind|
//@         String [17:25..17:33) |'public'| = "public"
//@       ObjectTypeProperty [17:35..17:50) |rules: ipRule[]|
//@         Identifier [17:35..17:40) |rules|
//@         ArrayType [17:42..17:50) |ipRule[]|
//@           TypeReference > Identifier [17:42..17:48) |ipRule|
//@     ObjectType [17:55..17:92) |{ kind: 'private', subnetId: string }|
//@       ObjectTypeProperty [17:57..17:72) |kind: 'private'|
//@         Identifier [17:57..17:61) |kind|
//@         String [17:63..17:72) |'private'| = "private"
//@       ObjectTypeProperty [17:74..17:90) |subnetId: string|
//@         Identifier [17:74..17:82) |subnetId|
//@         TypeReference > Identifier [17:84..17:90) |string|

@sealed()
//@ TypeDeclaration [19:1..27:2)
//@   Decorator [19:1..19:10) |@sealed()|
//@     FunctionCall [19:2..19:10) |sealed()|
//@       Identifier [19:2..19:8) |sealed|
type settings = {
//@   Identifier [20:6..20:14) |settings|
//@   ObjectType [20:17..27:2)
  @minLength(1)
//@     ObjectTypeProperty [21:3..22:15)
//@       Decorator [21:3..21:16) |@minLength(1)|
//@         FunctionCall [21:4..21:16) |minLength(1)|
//@           Identifier [21:4..21:13) |minLength|
//@           FunctionArgument > IntegerLiteral [21:14..21:15) |1|
  name: string
//@       Identifier [22:3..22:7) |name|
//@       TypeReference > Identifier [22:9..22:15) |string|
  tier: 'Basic' | 'Standard' | 'Premium'
//@     ObjectTypeProperty [23:3..23:41) |tier: 'Basic' | 'Standard' | 'Premium'|
//@       Identifier [23:3..23:7) |tier|
//@       UnionType [23:9..23:41) |'Basic' | 'Standard' | 'Premium'|
//@         String [23:9..23:16) |'Basic'| = "Basic"
//@         String [23:19..23:29) |'Standard'| = "Standard"
//@         String [23:32..23:41) |'Premium'| = "Premium"
  retentionDays: int?
//@     ObjectTypeProperty [24:3..24:22) |retentionDays: int?|
//@       Identifier [24:3..24:16) |retentionDays|
//@       NullableType [24:18..24:22) |int?|
//@         TypeReference > Identifier [24:18..24:21) |int|
  'quoted-key': bool
//@     ObjectTypeProperty [25:3..25:21) |'quoted-key': bool|
//@       String [25:3..25:15) |'quoted-key'| = "quoted-key"
//@       TypeReference > Identifier [25:17..25:21) |bool|
  tags: { *: string }
//@     ObjectTypeProperty [26:3..26:22) |tags: { *: string }|
//@       Identifier [26:3..26:7) |tags|
//@       ObjectType [26:9..26:22) |{ *: string }|
//@         ObjectTypeAdditionalProperties [26:11..26:20) |*: string|
//@           TypeReference > Identifier [26:14..26:20) |string|
}

type pair = [
//@ TypeDeclaration [29:1..33:2)
//@   Identifier [29:6..29:10) |pair|
//@   TupleType [29:13..33:2)
  @description('first')
//@     TupleTypeItem [30:3..31:9)
//@       Decorator [30:3..30:24) |@description('first')|
//@         FunctionCall [30:4..30:24) |description('first')|
//@           Identifier [30:4..30:15) |description|
//@           FunctionArgument > String [30:16..30:23) |'first'| = "first"
  string
//@       TypeReference > Identifier [31:3..31:9) |string|
  int
//@     TupleTypeItem > TypeReference > Identifier [32:3..32:6) |int|
]
type derived = resourceInput<'Microsoft.ContainerRegistry/registries@2023-07-01'>.properties
//@ TypeDeclaration [34:1..34:93) |type derived = resourceInput<'Microsoft.ContainerRegistry/re…|
//@   Identifier [34:6..34:13) |derived|
//@   TypePropertyAccess [34:16..34:93) |resourceInput<'Microsoft.ContainerRegistry/registries@2023-0…|
//@     ParameterizedType [34:16..34:82) |resourceInput<'Microsoft.ContainerRegistry/registries@2023-0…|
//@       Identifier [34:16..34:29) |resourceInput|
//@       TypeArgument > String [34:30..34:81) |'Microsoft.ContainerRegistry/registries@2023-07-01'| = "Microsoft.ContainerRegistry/registries@2023-07-01"
//@     Identifier [34:83..34:93) |properties|
type outputs = resourceOutput<'Microsoft.ContainerRegistry/registries@2023-07-01'>
//@ TypeDeclaration [35:1..35:83) |type outputs = resourceOutput<'Microsoft.ContainerRegistry/r…|
//@   Identifier [35:6..35:13) |outputs|
//@   ParameterizedType [35:16..35:83) |resourceOutput<'Microsoft.ContainerRegistry/registries@2023-…|
//@     Identifier [35:16..35:30) |resourceOutput|
//@     TypeArgument > String [35:31..35:82) |'Microsoft.ContainerRegistry/registries@2023-07-01'| = "Microsoft.ContainerRegistry/registries@2023-07-01"
type tierOf = settings.tier
//@ TypeDeclaration [36:1..36:28) |type tierOf = settings.tier|
//@   Identifier [36:6..36:12) |tierOf|
//@   TypePropertyAccess [36:15..36:28) |settings.tier|
//@     TypeReference > Identifier [36:15..36:23) |settings|
//@     Identifier [36:24..36:28) |tier|
type anyTag = settings.tags.*
//@ TypeDeclaration [37:1..37:30) |type anyTag = settings.tags.*|
//@   Identifier [37:6..37:12) |anyTag|
//@   TypeAdditionalPropertiesAccess [37:15..37:30) |settings.tags.*|
//@     TypePropertyAccess [37:15..37:28) |settings.tags|
//@       TypeReference > Identifier [37:15..37:23) |settings|
//@       Identifier [37:24..37:28) |tags|
type firstOf = pair[0]
//@ TypeDeclaration [38:1..38:23) |type firstOf = pair[0]|
//@   Identifier [38:6..38:13) |firstOf|
//@   TypeIndexAccess [38:16..38:23) |pair[0]|
//@     TypeReference > Identifier [38:16..38:20) |pair|
//@     IntegerLiteral [38:21..38:22) |0|
type elementOf = ipRule[][*]
//@ TypeDeclaration [39:1..39:29) |type elementOf = ipRule[][*]|
//@   Identifier [39:6..39:15) |elementOf|
//@   TypeItemsAccess [39:18..39:29) |ipRule[][*]|
//@     ArrayType [39:18..39:26) |ipRule[]|
//@       TypeReference > Identifier [39:18..39:24) |ipRule|
type levels =
//@ TypeDeclaration [40:1..42:7)
//@   Identifier [40:6..40:12) |levels|
//@   UnionType [40:14..42:7)
  | 1
//@     IntegerLiteral [41:5..41:6) |1|
  | -1
//@     UnaryOperation [42:5..42:7) |-1|
//@       IntegerLiteral [42:6..42:7) |1|

@export()
//@ FunctionDeclaration [44:1..45:92)
//@   Decorator [44:1..44:10) |@export()|
//@     FunctionCall [44:2..44:10) |export()|
//@       Identifier [44:2..44:8) |export|
func loginServer(name string, suffix string?) string => '${name}.${suffix ?? 'azurecr.io'}'
//@   Identifier [45:6..45:17) |loginServer|
//@   TypedLambda [45:17..45:92) |(name string, suffix string?) string => '${name}.${suffix ??…|
//@     TypedVariableBlock [45:17..45:46) |(name string, suffix string?)|
//@       TypedLocalVariable [45:18..45:29) |name string|
//@         Identifier [45:18..45:22) |name|
//@         TypeReference > Identifier [45:23..45:29) |string|
//@       TypedLocalVariable [45:31..45:45) |suffix string?|
//@         Identifier [45:31..45:37) |suffix|
//@         NullableType [45:38..45:45) |string?|
//@           TypeReference > Identifier [45:38..45:44) |string|
//@     TypeReference > Identifier [45:47..45:53) |string|
//@     String [45:57..45:92) |'${name}.${suffix ?? 'azurecr.io'}'| = "" ${…} "." ${…} ""
//@       VariableAccess > Identifier [45:60..45:64) |name|
//@       BinaryOperation [45:68..45:90) |suffix ?? 'azurecr.io'|
//@         VariableAccess > Identifier [45:68..45:74) |suffix|
//@         String [45:78..45:90) |'azurecr.io'| = "azurecr.io"

func clamp(value int, low int, high int) int =>
//@ FunctionDeclaration [47:1..48:50)
//@   Identifier [47:6..47:11) |clamp|
//@   TypedLambda [47:11..48:50)
//@     TypedVariableBlock [47:11..47:41) |(value int, low int, high int)|
//@       TypedLocalVariable [47:12..47:21) |value int|
//@         Identifier [47:12..47:17) |value|
//@         TypeReference > Identifier [47:18..47:21) |int|
//@       TypedLocalVariable [47:23..47:30) |low int|
//@         Identifier [47:23..47:26) |low|
//@         TypeReference > Identifier [47:27..47:30) |int|
//@       TypedLocalVariable [47:32..47:40) |high int|
//@         Identifier [47:32..47:36) |high|
//@         TypeReference > Identifier [47:37..47:40) |int|
//@     TypeReference > Identifier [47:42..47:45) |int|
  value < low ? low : value > high ? high : value
//@     TernaryOperation [48:3..48:50) |value < low ? low : value > high ? high : value|
//@       BinaryOperation [48:3..48:14) |value < low|
//@         VariableAccess > Identifier [48:3..48:8) |value|
//@         VariableAccess > Identifier [48:11..48:14) |low|
//@       VariableAccess > Identifier [48:17..48:20) |low|
//@       TernaryOperation [48:23..48:50) |value > high ? high : value|
//@         BinaryOperation [48:23..48:35) |value > high|
//@           VariableAccess > Identifier [48:23..48:28) |value|
//@           VariableAccess > Identifier [48:31..48:35) |high|
//@         VariableAccess > Identifier [48:38..48:42) |high|
//@         VariableAccess > Identifier [48:45..48:50) |value|

param existingRegistry resource 'Microsoft.ContainerRegistry/registries@2023-07-01'
//@ ParameterDeclaration [50:1..50:84) |param existingRegistry resource 'Microsoft.ContainerRegistry…|
//@   Identifier [50:7..50:23) |existingRegistry|
//@   ResourceType [50:24..50:84) |resource 'Microsoft.ContainerRegistry/registries@2023-07-01'|
//@     String [50:33..50:84) |'Microsoft.ContainerRegistry/registries@2023-07-01'| = "Microsoft.ContainerRegistry/registries@2023-07-01"
output registryResource resource = existingRegistry
//@ OutputDeclaration [51:1..51:52) |output registryResource resource = existingRegistry|
//@   Identifier [51:8..51:24) |registryResource|
//@   ResourceType [51:25..51:33) |resource|
//@   VariableAccess > Identifier [51:36..51:52) |existingRegistry|

module net 'modules/network.bicep' = [for (zone, index) in ['a', 'b']: if (index > 0) {
//@ ModuleDeclaration [53:1..56:3)
//@   Identifier [53:8..53:11) |net|
//@   String [53:12..53:35) |'modules/network.bicep'| = "modules/network.bicep"
//@   For [53:38..56:3)
//@     VariableBlock [53:43..53:56) |(zone, index)|
//@       LocalVariable > Identifier [53:44..53:48) |zone|
//@       LocalVariable > Identifier [53:50..53:55) |index|
//@     Array [53:60..53:70) |['a', 'b']|
//@       ArrayItem > String [53:61..53:64) |'a'| = "a"
//@       ArrayItem > String [53:66..53:69) |'b'| = "b"
//@     IfCondition [53:72..56:2)
//@       ParenthesizedExpression [53:75..53:86) |(index > 0)|
//@         BinaryOperation [53:76..53:85) |index > 0|
//@           VariableAccess > Identifier [53:76..53:81) |index|
//@           IntegerLiteral [53:84..53:85) |0|
//@       Object [53:87..56:2)
  name: 'net-${zone}'
//@         ObjectProperty [54:3..54:22) |name: 'net-${zone}'|
//@           Identifier [54:3..54:7) |name|
//@           String [54:9..54:22) |'net-${zone}'| = "net-" ${…} ""
//@             VariableAccess > Identifier [54:16..54:20) |zone|
  params: { zone: zone }
//@         ObjectProperty [55:3..55:25) |params: { zone: zone }|
//@           Identifier [55:3..55:9) |params|
//@           Object [55:11..55:25) |{ zone: zone }|
//@             ObjectProperty [55:13..55:23) |zone: zone|
//@               Identifier [55:13..55:17) |zone|
//@               VariableAccess > Identifier [55:19..55:23) |zone|
}]

module child 'br:contoso.azurecr.io/bicep/child:v1' = if (true) {
//@ ModuleDeclaration [58:1..60:2)
//@   Identifier [58:8..58:13) |child|
//@   String [58:14..58:52) |'br:contoso.azurecr.io/bicep/child:v1'| = "br:contoso.azurecr.io/bicep/child:v1"
//@   IfCondition [58:55..60:2)
//@     ParenthesizedExpression [58:58..58:64) |(true)|
//@       BooleanLiteral [58:59..58:63) |true|
//@     Object [58:65..60:2)
  name: 'child'
//@       ObjectProperty [59:3..59:16) |name: 'child'|
//@         Identifier [59:3..59:7) |name|
//@         String [59:9..59:16) |'child'| = "child"
}

test smoke 'main.bicep' = {
//@ TestDeclaration [62:1..64:2)
//@   Identifier [62:6..62:11) |smoke|
//@   String [62:12..62:24) |'main.bicep'| = "main.bicep"
//@   Object [62:27..64:2)
  params: { registryName: 'smoke' }
//@     ObjectProperty [63:3..63:36) |params: { registryName: 'smoke' }|
//@       Identifier [63:3..63:9) |params|
//@       Object [63:11..63:36) |{ registryName: 'smoke' }|
//@         ObjectProperty [63:13..63:34) |registryName: 'smoke'|
//@           Identifier [63:13..63:25) |registryName|
//@           String [63:27..63:34) |'smoke'| = "smoke"
}

assert nameIsLong = length('registry') > 4
//@ AssertDeclaration [66:1..66:43) |assert nameIsLong = length('registry') > 4|
//@   Identifier [66:8..66:18) |nameIsLong|
//@   BinaryOperation [66:21..66:43) |length('registry') > 4|
//@     FunctionCall [66:21..66:39) |length('registry')|
//@       Identifier [66:21..66:27) |length|
//@       FunctionArgument > String [66:28..66:38) |'registry'| = "registry"
//@     IntegerLiteral [66:42..66:43) |4|

