# dict() constructor: mappings, iterables of pairs, keywords, combinations, and errors with their positions.
print(dict(), dict({"a": 1}), dict([("a", 1), ("b", 2)]), dict(a=1, b=2), dict({"a": 1}, b=2), dict([("a", 1)], a=9))
print(dict(zip("xyz", range(3))), dict(["ab", "cd"]), dict([[1, 2], (3, 4)]), dict(((i, i * i) for i in range(3))))
print(dict.fromkeys(["a", "b"]), dict.fromkeys("ab", 0), dict.fromkeys(range(3), []), dict.fromkeys([]))
print(dict(dict(a=1).items()), dict({1: 2}.items(), x=3) if False else dict(list({1: 2}.items())))
for bad in [[1, 2], [("a", 1), ("b",)], [("a", 1, 2)], "abc", [None], 5, [[1]], [(1, 2), "xyz"]]:
    try:
        print(dict(bad))
    except (TypeError, ValueError) as e:
        print(repr(bad), type(e).__name__, e)
try:
    dict({}, {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict(**{1: 2})
except TypeError as e:
    print(type(e).__name__, e)
class KeysGetitem:
    def keys(self):
        return ["x", "y"]
    def __getitem__(self, k):
        return ord(k)
class PairsOnly:
    def __iter__(self):
        return iter([("p", 1), ("q", 2)])
print(dict(KeysGetitem()), dict(PairsOnly()))
class KeysButNoGetitem:
    def keys(self):
        return ["k"]
try:
    dict(KeysButNoGetitem())
except TypeError as e:
    print(type(e).__name__, e)
d = dict(a=1)
d2 = dict(d)
d2["b"] = 2
print(d, d2, d == dict(a=1), d != d2)
print(dict(a=1) == {"a": 1.0}, {"a": 1} == {"a": True}, {1: "x"} == {1.0: "x"}, {} == dict(), {"a": [1]} == {"a": [1]})
try:
    {"a": 1} < {"a": 2}
except TypeError as e:
    print(type(e).__name__, e)
print(repr(dict(x=None, y=..., z=float("nan"))), str({(): frozenset()}), repr({"nested": {"d": {}}}))
print(dict.__len__({"a": 1}), dict.__contains__({"a": 1}, "a"), len(dict.fromkeys("hello")))
