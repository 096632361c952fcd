# Keys are matched by hash then equality; custom __hash__/__eq__ control collisions.
class K:
    def __init__(self, name, h):
        self.name, self.h = name, h
    def __hash__(self):
        print(f"  hash({self.name})")
        return self.h
    def __eq__(self, other):
        print(f"  eq({self.name}, {getattr(other, 'name', other)})")
        return isinstance(other, K) and self.name.lower() == other.name.lower()
    def __repr__(self):
        return f"K({self.name})"
d = {}
print("insert a")
d[K("a", 1)] = 1
print("insert A")
d[K("A", 1)] = 2
print("insert b (same hash)")
d[K("b", 1)] = 3
print(d)
print("lookup B")
print(d.get(K("B", 1)))
print("lookup c (other hash)")
print(K("c", 2) in d)
class NoHash:
    def __eq__(self, other):
        return True
try:
    {NoHash(): 1}
except TypeError as e:
    print(type(e).__name__, e)
print(NoHash.__hash__)
class BadHash:
    def __hash__(self):
        return "nope"
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
class BigHash:
    def __hash__(self):
        return 2**100
print(hash(BigHash()) == hash(2**100))
class RaiseEq:
    def __hash__(self):
        return 7
    def __eq__(self, other):
        raise ValueError("eq exploded")
d = {RaiseEq(): 1}
try:
    d[RaiseEq()]
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(7 in d)
except ValueError as e:
    print("reflected", type(e).__name__, e)
x = next(iter(d))
d[x] = 2
print(d[x], len(d))
for key in ([1], {1: 2}, {1}):
    try:
        {key: 1}
    except TypeError as e:
        print(type(e).__name__, e)
print({(1, 2): "t", frozenset({1}): "f", None: "n", 3.5: "f", b"b": "b"}[frozenset([1])])
try:
    {(1, [2]): 1}
except TypeError as e:
    print(type(e).__name__, e)
