param a string // CRLF
var b = {
  c: a
}
var lone = 1var mixed = [
  b
]
var bad = )
