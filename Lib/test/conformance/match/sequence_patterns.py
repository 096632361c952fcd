# Sequence patterns: lists, tuples, star captures, nesting; str/bytes/dict are not sequences here.
def f(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one {x!r}"
        case [x, y]:
            return f"two {x!r} {y!r}"
        case [1, *rest]:
            return f"starts with 1, rest {rest!r}"
        case [*init, "last"]:
            return f"init {init!r}"
        case [a, [b, c], *_]:
            return f"nested {a} {b} {c}"
        case [_, _, _, *more] if len(more) > 2:
            return f"long, {len(more)} more"
        case _:
            return "no match"
for v in [[], (), [5], (5,), "a", "ab", b"ab", [1, 2], (1, 2, 3), [1], [0, "x", "last"], [0, [1, 2], 3],
          list(range(7)), [0, 1, 2, 3], {"a": 1}, {1, 2} if False else range(2), bytearray(b"xy"), [[1, 2]]]:
    print(repr(v), "->", f(v))
match range(5):
    case [0, *mid, 4]:
        print("range as sequence", mid, type(mid).__name__)
match (1, 2, 3):
    case (*all_items,):
        print("star only", all_items, type(all_items).__name__)
match "abc":
    case [*chars]:
        print("never: str not a sequence pattern")
    case str(chars):
        print("str class pattern", chars)
import sys
match memoryview(b"ab"):
    case [a, b]:
        print("memoryview sequence", a, b)
class MySeq:
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return "item"
match MySeq():
    case [a, b]:
        print("never: not registered as Sequence")
    case _:
        print("custom class with __getitem__ is not a sequence for match")
match [1, 2, 3, 4, 5]:
    case [1, 2, *_, 5]:
        print("wildcard star")
match [[1, 2], [3, 4]]:
    case [[a, b], [c, d]] if a + d == b + c:
        print("matrix", a, b, c, d)
match (1, (2, (3, (4,)))):
    case (a, (b, (c, (d,)))):
        print("deep", a + b + c + d)
