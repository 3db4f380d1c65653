param items array = [1, 2, 3]
param settings object = {}

var precedence = 1 + 2 * 3 - 4 % 5 / 6
var logic = !true || false && 1 < 2 == 3 >= 4
var insensitive = 'A' =~ 'a' && 'B' !~ 'c'
var coalesce = settings.?name ?? settings[?'fallback'] ?? 'none'
var negative = -(precedence)
var lastItem = items[^1]
var nonNull = settings.name!
var ternary = length(items) > 2
  ? 'many'
  : 'few'
var nested = 'a${'b${'c${items[0]}'}'}d'
var escapes = 'tab\t quote\' dollar\${x} emoji\u{1F600} backslash\\'
var multiline = '''
first line
  'quoted' ${not interpolated}
'''
var dollars = $$'''${literal} $${items[1]}'''
var single = { a: 1, b: [2, 3], ...settings }
var spread = [...items, 4]
var doubled = map(items, x => x * 2)
var summed = reduce(items, 0, (acc, x) => acc + x)
var typedLoop = [for (item, i) in items: {
  index: i
  value: item
}]
var ranged = [for i in range(0, 3): i * i]
var filtered = filter(items, item => item > 1)
var namespaced = sys.concat('a', 'b')
