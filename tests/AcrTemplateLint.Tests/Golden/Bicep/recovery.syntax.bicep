param missingType
//@ ParameterDeclaration [1:1..1:18) |param missingType|
//@   Identifier [1:7..1:18) |missingType|
//@   Skipped [1:18..1:18) ||
//@ error ATL1105 [1:18..1:18): Expected a type (a type name, a literal, an object or tuple type, or a parenthesized type) but found the end of the line.
param good1 string
//@ ParameterDeclaration [2:1..2:19) |param good1 string|
//@   Identifier [2:7..2:12) |good1|
//@   TypeReference > Identifier [2:13..2:19) |string|

var missingEquals 'value'
//@ VariableDeclaration [4:1..4:26) |var missingEquals 'value'|
//@   Identifier [4:5..4:18) |missingEquals|
//@   String [4:19..4:26) |'value'| = "value"
//@   Skipped [4:26..4:26) ||
//@   Skipped [4:26..4:26) ||
//@ error ATL1101 [4:26..4:26): Expected '=' but found the end of the line.
var good2 = 2
//@ VariableDeclaration [5:1..5:14) |var good2 = 2|
//@   Identifier [5:5..5:10) |good2|
//@   IntegerLiteral [5:13..5:14) |2|

var stray = 1 2 3
//@ VariableDeclaration [7:1..7:14) |var stray = 1|
//@   Identifier [7:5..7:10) |stray|
//@   IntegerLiteral [7:13..7:14) |1|
//@ Skipped [7:15..8:1)
//@ error ATL1101 [7:15..7:16): Expected a new line after the declaration but found '2'.
var good3 = 3
//@ VariableDeclaration [8:1..8:14) |var good3 = 3|
//@   Identifier [8:5..8:10) |good3|
//@   IntegerLiteral [8:13..8:14) |3|

var broken = 'no closing quote
//@ VariableDeclaration [10:1..10:31) |var broken = 'no closing quote|
//@   Identifier [10:5..10:11) |broken|
//@   Skipped [10:14..10:31) |'no closing quote|
//@ error ATL1004 [10:14..10:31): The string is not terminated before the end of the line; close it with a single quote ('), or use a multi-line string (''' … ''').
var good4 = 4
//@ VariableDeclaration [11:1..11:14) |var good4 = 4|
//@   Identifier [11:5..11:10) |good4|
//@   IntegerLiteral [11:13..11:14) |4|

var hole = 'open ${hole
//@ VariableDeclaration [13:1..13:24) |var hole = 'open ${hole|
//@   Identifier [13:5..13:9) |hole|
//@   Skipped [13:12..13:24) |'open ${hole|
//@ error ATL1011 [13:18..13:20): The interpolation is not closed with '}' before the end of the line; an interpolation must fit on one line.
var good5 = 5
//@ VariableDeclaration [14:1..14:14) |var good5 = 5|
//@   Identifier [14:5..14:10) |good5|
//@   IntegerLiteral [14:13..14:14) |5|

@secure()
//@ MissingDeclaration [16:1..17:1)
//@   Decorator [16:1..16:10) |@secure()|
//@     FunctionCall [16:2..16:10) |secure()|
//@       Identifier [16:2..16:8) |secure|
//@ error ATL1117 [16:1..16:10): A decorator must be followed by the declaration it applies to, but '42' follows it.
42
//@   Skipped [17:1..17:1) ||
//@ Skipped [17:1..17:3) |42|
//@ error ATL1103 [17:1..17:3): Expected a declaration (targetScope, metadata, param, var, type, func, resource, module, output, import, extension, test or assert) but found '42'.

output missingValue string =
//@ OutputDeclaration [19:1..19:29) |output missingValue string =|
//@   Identifier [19:8..19:20) |missingValue|
//@   TypeReference > Identifier [19:21..19:27) |string|
//@   Skipped [19:29..19:29) ||
//@ error ATL1104 [19:29..19:29): Expected an expression (a literal, string, name, function call, object, array, parenthesized expression or lambda) but found the end of the line.
resource noBody 'Microsoft.Storage/storageAccounts@2023-01-01' = 42
//@ ResourceDeclaration [20:1..20:68) |resource noBody 'Microsoft.Storage/storageAccounts@2023-01-0…|
//@   Identifier [20:10..20:16) |noBody|
//@   String [20:17..20:63) |'Microsoft.Storage/storageAccounts@2023-01-01'| = "Microsoft.Storage/storageAccounts@2023-01-01"
//@   Skipped [20:66..20:68) |42|
//@ error ATL1108 [20:66..20:68): Expected '{', 'if' or '[for' to start the body but found '42'.
var calls = concat('a' 'b')
//@ VariableDeclaration [21:1..21:28) |var calls = concat('a' 'b')|
//@   Identifier [21:5..21:10) |calls|
//@   FunctionCall [21:13..21:28) |concat('a' 'b')|
//@     Identifier [21:13..21:19) |concat|
//@     FunctionArgument > String [21:20..21:23) |'a'| = "a"
//@     Skipped [21:24..21:24) ||
//@     FunctionArgument > String [21:24..21:27) |'b'| = "b"
//@ error ATL1107 [21:24..21:27): Expected ',' or a new line between items but found the string ''b''.
var commas = [1,
//@ VariableDeclaration [22:1..23:5)
//@   Identifier [22:5..22:11) |commas|
//@   Array [22:14..23:5)
//@     ArrayItem > IntegerLiteral [22:15..22:16) |1|
//@     Skipped [22:17..22:17) ||
//@ error ATL1107 [22:17..22:17): A ',' cannot be followed by a line break here; separate items either with commas on one line or with line breaks.
  2]
//@     ArrayItem > IntegerLiteral [23:3..23:4) |2|
var parens = (1, 2)
//@ VariableDeclaration [24:1..24:20) |var parens = (1, 2)|
//@   Identifier [24:5..24:11) |parens|
//@   ParenthesizedExpression [24:14..24:20) |(1, 2)|
//@     Skipped [24:15..24:19) |1, 2|
//@       IntegerLiteral [24:15..24:16) |1|
//@       IntegerLiteral [24:18..24:19) |2|
//@ error ATL1110 [24:15..24:19): Parentheses must contain exactly one expression, on one line.
var badIndex = [1][]
//@ VariableDeclaration [25:1..25:21) |var badIndex = [1][]|
//@   Identifier [25:5..25:13) |badIndex|
//@   ArrayAccess [25:16..25:21) |[1][]|
//@     Array [25:16..25:19) |[1]|
//@       ArrayItem > IntegerLiteral [25:17..25:18) |1|
//@     Skipped [25:20..25:20) ||
//@ error ATL1112 [25:19..25:21): Expected an index or property name between '[' and ']'.
var emptyInterpolation = '${}'
//@ VariableDeclaration [26:1..26:31) |var emptyInterpolation = '${}'|
//@   Identifier [26:5..26:23) |emptyInterpolation|
//@   String [26:26..26:31) |'${}'| = "" ${…} ""
//@     Skipped [26:29..26:29) ||
//@ error ATL1104 [26:29..26:31): Expected an expression (a literal, string, name, function call, object, array, parenthesized expression or lambda) but found the string piece '}''.
var doubleQuote = "text"
//@ VariableDeclaration [27:1..27:25) |var doubleQuote = "text"|
//@   Identifier [27:5..27:16) |doubleQuote|
//@   Skipped [27:19..27:25) |"text"|
//@ error ATL1002 [27:19..27:25): Bicep strings are written in single quotes ('), not double quotes ("); a double quote inside a string needs no escape.
var deep = {
//@ VariableDeclaration [28:1..30:1)
//@   Identifier [28:5..28:9) |deep|
//@   Skipped [28:12..30:1)
  a: 1

//@ error ATL1101 [30:1..30:1): Expected '}' but found the end of the file.
