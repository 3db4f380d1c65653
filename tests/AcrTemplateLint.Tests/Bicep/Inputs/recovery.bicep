param missingType
param good1 string

var missingEquals 'value'
var good2 = 2

var stray = 1 2 3
var good3 = 3

var broken = 'no closing quote
var good4 = 4

var hole = 'open ${hole
var good5 = 5

@secure()
42

output missingValue string =
resource noBody 'Microsoft.Storage/storageAccounts@2023-01-01' = 42
var calls = concat('a' 'b')
var commas = [1,
  2]
var parens = (1, 2)
var badIndex = [1][]
var emptyInterpolation = '${}'
var doubleQuote = "text"
var deep = {
  a: 1
