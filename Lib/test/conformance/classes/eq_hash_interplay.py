# Defining __eq__ without __hash__ makes instances unhashable; inherited __hash__ rules.
class EqOnly:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, EqOnly) and self.v == o.v
print(EqOnly.__hash__, EqOnly(1) == EqOnly(1))
try:
    hash(EqOnly(1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    {EqOnly(1)}
except TypeError as e:
    print(type(e).__name__, e)
class EqAndHash(EqOnly):
    def __hash__(self):
        return hash(self.v)
print(hash(EqAndHash(3)) == hash(3), len({EqAndHash(1), EqAndHash(1), EqAndHash(2)}))
class InheritsNone(EqOnly):
    pass
print(InheritsNone.__hash__)
class ReenableHash(EqOnly):
    __hash__ = object.__hash__
print(type(hash(ReenableHash(1))).__name__, ReenableHash(1) in {ReenableHash(1)})
class HashOnly:
    def __hash__(self):
        return 1
a, b = HashOnly(), HashOnly()
print(a == b, a == a, len({a, b}), len({a, a}))
class SubOfHashed(EqAndHash):
    def __eq__(self, o):
        return False
try:
    hash(SubOfHashed(1))
except TypeError as e:
    print(type(e).__name__, e)
class ExplicitNone:
    __hash__ = None
try:
    hash(ExplicitNone())
except TypeError as e:
    print(type(e).__name__, e)
from_collections_like = isinstance(ExplicitNone(), object)
print(from_collections_like)
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        if not isinstance(o, Point):
            return NotImplemented
        return (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P({self.x},{self.y})"
pts = {Point(1, 2): "a"}
pts[Point(1, 2)] = "b"
print(pts, Point(1, 2) in pts, Point(2, 1) in pts, hash(Point(1, 2)) == hash((1, 2)))
mutable = Point(0, 0)
s = {mutable}
mutable.x = 99
print(mutable in s, Point(0, 0) in s, len(s), [q for q in s] == [mutable])
class StrKey(str):
    def __eq__(self, o):
        return str.__eq__(self.lower(), o.lower()) if isinstance(o, str) else NotImplemented
    __hash__ = str.__hash__
d = {StrKey("Key"): 1}
print(d.get("Key"), d.get("key"), StrKey("A") == "a", "a" == StrKey("A"))
print(object().__eq__(1), object.__ne__(1, 2), (1).__eq__(1.0), (1.0).__eq__(1), "a".__eq__(1))
