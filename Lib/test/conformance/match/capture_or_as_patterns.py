# Capture patterns, the wildcard, or-patterns (alternatives bind the same names), and as-patterns.
def f(v):
    match v:
        case 0 | 1 | 2:
            return "small"
        case [x] | (x, 0):
            return f"single-ish {x}"
        case str() as s if len(s) > 3:
            return f"long string {s}"
        case (1 | 2) as n, (3 | 4) as m:
            return f"pair {n},{m}"
        case {"k": (int() | float()) as num}:
            return f"num {num!r}"
        case [*_, "end"] as whole:
            return f"ends with end: {whole}"
        case other:
            return f"captured other {other!r}"
for v in [0, 2, [7], (8, 0), (8, 1), "abcd", "ab", (1, 4), [2, 3], (3, 3), {"k": 1.5}, {"k": "x"}, ["a", "end"], None]:
    print(repr(v), "->", f(v))
match 5:
    case _:
        print("wildcard binds nothing")
try:
    _
except NameError as e:
    print(type(e).__name__, e)
match (1, 2):
    case (a, b):
        pass
print("captures persist after match:", a, b)
match [1, 2, 3]:
    case [first, *middle, last] if last > 5:
        print("guarded")
    case _:
        pass
print("bound even though guard failed:", first, middle, last)
match 10:
    case 1 | 2:
        print("no")
    case (10 | 20) as ten:
        print("or+as", ten)
match "x":
    case ("a" | "b") | ("x" | "y") as letter:
        print("nested or", letter)
match [1, [2, 3]]:
    case [int() as a, [b, *c] as inner]:
        print(a, b, c, inner)
