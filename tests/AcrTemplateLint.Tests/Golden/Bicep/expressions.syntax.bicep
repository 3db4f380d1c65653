param items array = [1, 2, 3]
//@ ParameterDeclaration [1:1..1:30) |param items array = [1, 2, 3]|
//@   Identifier [1:7..1:12) |items|
//@   TypeReference > Identifier [1:13..1:18) |array|
//@   ParameterDefaultValue [1:19..1:30) |= [1, 2, 3]|
//@     Array [1:21..1:30) |[1, 2, 3]|
//@       ArrayItem > IntegerLiteral [1:22..1:23) |1|
//@       ArrayItem > IntegerLiteral [1:25..1:26) |2|
//@       ArrayItem > IntegerLiteral [1:28..1:29) |3|
param settings object = {}
//@ ParameterDeclaration [2:1..2:27) |param settings object = {}|
//@   Identifier [2:7..2:15) |settings|
//@   TypeReference > Identifier [2:16..2:22) |object|
//@   ParameterDefaultValue [2:23..2:27) |= {}|
//@     Object [2:25..2:27) |{}|

var precedence = 1 + 2 * 3 - 4 % 5 / 6
//@ VariableDeclaration [4:1..4:39) |var precedence = 1 + 2 * 3 - 4 % 5 / 6|
//@   Identifier [4:5..4:15) |precedence|
//@   BinaryOperation [4:18..4:39) |1 + 2 * 3 - 4 % 5 / 6|
//@     BinaryOperation [4:18..4:27) |1 + 2 * 3|
//@       IntegerLiteral [4:18..4:19) |1|
//@       BinaryOperation [4:22..4:27) |2 * 3|
//@         IntegerLiteral [4:22..4:23) |2|
//@         IntegerLiteral [4:26..4:27) |3|
//@     BinaryOperation [4:30..4:39) |4 % 5 / 6|
//@       BinaryOperation [4:30..4:35) |4 % 5|
//@         IntegerLiteral [4:30..4:31) |4|
//@         IntegerLiteral [4:34..4:35) |5|
//@       IntegerLiteral [4:38..4:39) |6|
var logic = !true || false && 1 < 2 == 3 >= 4
//@ VariableDeclaration [5:1..5:46) |var logic = !true || false && 1 < 2 == 3 >= 4|
//@   Identifier [5:5..5:10) |logic|
//@   BinaryOperation [5:13..5:46) |!true || false && 1 < 2 == 3 >= 4|
//@     UnaryOperation [5:13..5:18) |!true|
//@       BooleanLiteral [5:14..5:18) |true|
//@     BinaryOperation [5:22..5:46) |false && 1 < 2 == 3 >= 4|
//@       BooleanLiteral [5:22..5:27) |false|
//@       BinaryOperation [5:31..5:46) |1 < 2 == 3 >= 4|
//@         BinaryOperation [5:31..5:36) |1 < 2|
//@           IntegerLiteral [5:31..5:32) |1|
//@           IntegerLiteral [5:35..5:36) |2|
//@         BinaryOperation [5:40..5:46) |3 >= 4|
//@           IntegerLiteral [5:40..5:41) |3|
//@           IntegerLiteral [5:45..5:46) |4|
var insensitive = 'A' =~ 'a' && 'B' !~ 'c'
//@ VariableDeclaration [6:1..6:43) |var insensitive = 'A' =~ 'a' && 'B' !~ 'c'|
//@   Identifier [6:5..6:16) |insensitive|
//@   BinaryOperation [6:19..6:43) |'A' =~ 'a' && 'B' !~ 'c'|
//@     BinaryOperation [6:19..6:29) |'A' =~ 'a'|
//@       String [6:19..6:22) |'A'| = "A"
//@       String [6:26..6:29) |'a'| = "a"
//@     BinaryOperation [6:33..6:43) |'B' !~ 'c'|
//@       String [6:33..6:36) |'B'| = "B"
//@       String [6:40..6:43) |'c'| = "c"
var coalesce = settings.?name ?? settings[?'fallback'] ?? 'none'
//@ VariableDeclaration [7:1..7:65) |var coalesce = settings.?name ?? settings[?'fallback'] ?? 'n…|
//@   Identifier [7:5..7:13) |coalesce|
//@   BinaryOperation [7:16..7:65) |settings.?name ?? settings[?'fallback'] ?? 'none'|
//@     BinaryOperation [7:16..7:55) |settings.?name ?? settings[?'fallback']|
//@       PropertyAccess [7:16..7:30) |settings.?name|
//@         VariableAccess > Identifier [7:16..7:24) |settings|
//@         Identifier [7:26..7:30) |name|
//@       ArrayAccess [7:34..7:55) |settings[?'fallback']|
//@         VariableAccess > Identifier [7:34..7:42) |settings|
//@         String [7:44..7:54) |'fallback'| = "fallback"
//@     String [7:59..7:65) |'none'| = "none"
var negative = -(precedence)
//@ VariableDeclaration [8:1..8:29) |var negative = -(precedence)|
//@   Identifier [8:5..8:13) |negative|
//@   UnaryOperation [8:16..8:29) |-(precedence)|
//@     ParenthesizedExpression [8:17..8:29) |(precedence)|
//@       VariableAccess > Identifier [8:18..8:28) |precedence|
var lastItem = items[^1]
//@ VariableDeclaration [9:1..9:25) |var lastItem = items[^1]|
//@   Identifier [9:5..9:13) |lastItem|
//@   ArrayAccess [9:16..9:25) |items[^1]|
//@     VariableAccess > Identifier [9:16..9:21) |items|
//@     IntegerLiteral [9:23..9:24) |1|
var nonNull = settings.name!
//@ VariableDeclaration [10:1..10:29) |var nonNull = settings.name!|
//@   Identifier [10:5..10:12) |nonNull|
//@   NonNullAssertion [10:15..10:29) |settings.name!|
//@     PropertyAccess [10:15..10:28) |settings.name|
//@       VariableAccess > Identifier [10:15..10:23) |settings|
//@       Identifier [10:24..10:28) |name|
var ternary = length(items) > 2
//@ VariableDeclaration [11:1..13:10)
//@   Identifier [11:5..11:12) |ternary|
//@   TernaryOperation [11:15..13:10)
//@     BinaryOperation [11:15..11:32) |length(items) > 2|
//@       FunctionCall [11:15..11:28) |length(items)|
//@         Identifier [11:15..11:21) |length|
//@         FunctionArgument > VariableAccess > Identifier [11:22..11:27) |items|
//@       IntegerLiteral [11:31..11:32) |2|
  ? 'many'
//@     String [12:5..12:11) |'many'| = "many"
  : 'few'
//@     String [13:5..13:10) |'few'| = "few"
var nested = 'a${'b${'c${items[0]}'}'}d'
//@ VariableDeclaration [14:1..14:41) |var nested = 'a${'b${'c${items[0]}'}'}d'|
//@   Identifier [14:5..14:11) |nested|
//@   String [14:14..14:41) |'a${'b${'c${items[0]}'}'}d'| = "a" ${…} "d"
//@     String [14:18..14:38) |'b${'c${items[0]}'}'| = "b" ${…} ""
//@       String [14:22..14:36) |'c${items[0]}'| = "c" ${…} ""
//@         ArrayAccess [14:26..14:34) |items[0]|
//@           VariableAccess > Identifier [14:26..14:31) |items|
//@           IntegerLiteral [14:32..14:33) |0|
var escapes = 'tab\t quote\' dollar\${x} emoji\u{1F600} backslash\\'
//@ VariableDeclaration [15:1..15:69) |var escapes = 'tab\t quote\' dollar\${x} emoji\u{1F600} back…|
//@   Identifier [15:5..15:12) |escapes|
//@   String [15:15..15:69) |'tab\t quote\' dollar\${x} emoji\u{1F600} backslash\\'| = "tab\t quote' dollar${x} emoji😀 backslash\\"
var multiline = '''
//@ VariableDeclaration [16:1..19:4)
//@   Identifier [16:5..16:14) |multiline|
//@   String [16:17..19:4) = "first line\n  'quoted' ${not interpolated}\n"
first line
  'quoted' ${not interpolated}
'''
var dollars = $$'''${literal} $${items[1]}'''
//@ VariableDeclaration [20:1..20:46) |var dollars = $$'''${literal} $${items[1]}'''|
//@   Identifier [20:5..20:12) |dollars|
//@   String [20:15..20:46) |$$'''${literal} $${items[1]}'''| = "${literal} " ${…} ""
//@     ArrayAccess [20:34..20:42) |items[1]|
//@       VariableAccess > Identifier [20:34..20:39) |items|
//@       IntegerLiteral [20:40..20:41) |1|
var single = { a: 1, b: [2, 3], ...settings }
//@ VariableDeclaration [21:1..21:46) |var single = { a: 1, b: [2, 3], ...settings }|
//@   Identifier [21:5..21:11) |single|
//@   Object [21:14..21:46) |{ a: 1, b: [2, 3], ...settings }|
//@     ObjectProperty [21:16..21:20) |a: 1|
//@       Identifier [21:16..21:17) |a|
//@       IntegerLiteral [21:19..21:20) |1|
//@     ObjectProperty [21:22..21:31) |b: [2, 3]|
//@       Identifier [21:22..21:23) |b|
//@       Array [21:25..21:31) |[2, 3]|
//@         ArrayItem > IntegerLiteral [21:26..21:27) |2|
//@         ArrayItem > IntegerLiteral [21:29..21:30) |3|
//@     Spread [21:33..21:44) |...settings|
//@       VariableAccess > Identifier [21:36..21:44) |settings|
var spread = [...items, 4]
//@ VariableDeclaration [22:1..22:27) |var spread = [...items, 4]|
//@   Identifier [22:5..22:11) |spread|
//@   Array [22:14..22:27) |[...items, 4]|
//@     Spread [22:15..22:23) |...items|
//@       VariableAccess > Identifier [22:18..22:23) |items|
//@     ArrayItem > IntegerLiteral [22:25..22:26) |4|
var doubled = map(items, x => x * 2)
//@ VariableDeclaration [23:1..23:37) |var doubled = map(items, x => x * 2)|
//@   Identifier [23:5..23:12) |doubled|
//@   FunctionCall [23:15..23:37) |map(items, x => x * 2)|
//@     Identifier [23:15..23:18) |map|
//@     FunctionArgument > VariableAccess > Identifier [23:19..23:24) |items|
//@     FunctionArgument > Lambda [23:26..23:36) |x => x * 2|
//@       LocalVariable > Identifier [23:26..23:27) |x|
//@       BinaryOperation [23:31..23:36) |x * 2|
//@         VariableAccess > Identifier [23:31..23:32) |x|
//@         IntegerLiteral [23:35..23:36) |2|
var summed = reduce(items, 0, (acc, x) => acc + x)
//@ VariableDeclaration [24:1..24:51) |var summed = reduce(items, 0, (acc, x) => acc + x)|
//@   Identifier [24:5..24:11) |summed|
//@   FunctionCall [24:14..24:51) |reduce(items, 0, (acc, x) => acc + x)|
//@     Identifier [24:14..24:20) |reduce|
//@     FunctionArgument > VariableAccess > Identifier [24:21..24:26) |items|
//@     FunctionArgument > IntegerLiteral [24:28..24:29) |0|
//@     FunctionArgument > Lambda [24:31..24:50) |(acc, x) => acc + x|
//@       VariableBlock [24:31..24:39) |(acc, x)|
//@         LocalVariable > Identifier [24:32..24:35) |acc|
//@         LocalVariable > Identifier [24:37..24:38) |x|
//@       BinaryOperation [24:43..24:50) |acc + x|
//@         VariableAccess > Identifier [24:43..24:46) |acc|
//@         VariableAccess > Identifier [24:49..24:50) |x|
var typedLoop = [for (item, i) in items: {
//@ VariableDeclaration [25:1..28:3)
//@   Identifier [25:5..25:14) |typedLoop|
//@   For [25:17..28:3)
//@     VariableBlock [25:22..25:31) |(item, i)|
//@       LocalVariable > Identifier [25:23..25:27) |item|
//@       LocalVariable > Identifier [25:29..25:30) |i|
//@     VariableAccess > Identifier [25:35..25:40) |items|
//@     Object [25:42..28:2)
  index: i
//@       ObjectProperty [26:3..26:11) |index: i|
//@         Identifier [26:3..26:8) |index|
//@         VariableAccess > Identifier [26:10..26:11) |i|
  value: item
//@       ObjectProperty [27:3..27:14) |value: item|
//@         Identifier [27:3..27:8) |value|
//@         VariableAccess > Identifier [27:10..27:14) |item|
}]
var ranged = [for i in range(0, 3): i * i]
//@ VariableDeclaration [29:1..29:43) |var ranged = [for i in range(0, 3): i * i]|
//@   Identifier [29:5..29:11) |ranged|
//@   For [29:14..29:43) |[for i in range(0, 3): i * i]|
//@     LocalVariable > Identifier [29:19..29:20) |i|
//@     FunctionCall [29:24..29:35) |range(0, 3)|
//@       Identifier [29:24..29:29) |range|
//@       FunctionArgument > IntegerLiteral [29:30..29:31) |0|
//@       FunctionArgument > IntegerLiteral [29:33..29:34) |3|
//@     BinaryOperation [29:37..29:42) |i * i|
//@       VariableAccess > Identifier [29:37..29:38) |i|
//@       VariableAccess > Identifier [29:41..29:42) |i|
var filtered = filter(items, item => item > 1)
//@ VariableDeclaration [30:1..30:47) |var filtered = filter(items, item => item > 1)|
//@   Identifier [30:5..30:13) |filtered|
//@   FunctionCall [30:16..30:47) |filter(items, item => item > 1)|
//@     Identifier [30:16..30:22) |filter|
//@     FunctionArgument > VariableAccess > Identifier [30:23..30:28) |items|
//@     FunctionArgument > Lambda [30:30..30:46) |item => item > 1|
//@       LocalVariable > Identifier [30:30..30:34) |item|
//@       BinaryOperation [30:38..30:46) |item > 1|
//@         VariableAccess > Identifier [30:38..30:42) |item|
//@         IntegerLiteral [30:45..30:46) |1|
var namespaced = sys.concat('a', 'b')
//@ VariableDeclaration [31:1..31:38) |var namespaced = sys.concat('a', 'b')|
//@   Identifier [31:5..31:15) |namespaced|
//@   InstanceFunctionCall [31:18..31:38) |sys.concat('a', 'b')|
//@     VariableAccess > Identifier [31:18..31:21) |sys|
//@     Identifier [31:22..31:28) |concat|
//@     FunctionArgument > String [31:29..31:32) |'a'| = "a"
//@     FunctionArgument > String [31:34..31:37) |'b'| = "b"

