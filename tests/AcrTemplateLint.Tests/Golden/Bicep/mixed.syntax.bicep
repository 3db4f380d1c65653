param a string // CRLF
//@ ParameterDeclaration [1:1..1:15) |param a string|
//@   Identifier [1:7..1:8) |a|
//@   TypeReference > Identifier [1:9..1:15) |string|
var b = {
//@ VariableDeclaration [2:1..4:2)
//@   Identifier [2:5..2:6) |b|
//@   Object [2:9..4:2)
  c: a
//@     ObjectProperty [3:3..3:7) |c: a|
//@       Identifier [3:3..3:4) |c|
//@       VariableAccess > Identifier [3:6..3:7) |a|
}
var lone = 1
//@ VariableDeclaration [5:1..5:13) |var lone = 1|
//@   Identifier [5:5..5:9) |lone|
//@   IntegerLiteral [5:12..5:13) |1|
var mixed = [
//@ VariableDeclaration [6:1..8:2)
//@   Identifier [6:5..6:10) |mixed|
//@   Array [6:13..8:2)
  b
//@     ArrayItem > VariableAccess > Identifier [7:3..7:4) |b|
]
var bad = )
//@ VariableDeclaration [9:1..9:12) |var bad = )|
//@   Identifier [9:5..9:8) |bad|
//@   Skipped [9:11..9:12) |)|
//@ error ATL1104 [9:11..9:12): Expected an expression (a literal, string, name, function call, object, array, parenthesized expression or lambda) but found ')'.

