# A hand-written named-tuple-like class built on tuple.__new__ with properties and __repr__.
class Point(tuple):
    __slots__ = ()
    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    @property
    def y(self):
        return self[1]
    def __repr__(self):
        return f"Point(x={self.x!r}, y={self.y!r})"
    def __add__(self, other):
        if isinstance(other, Point):
            return Point(self.x + other.x, self.y + other.y)
        return NotImplemented
    def _replace(self, **kw):
        return Point(kw.get("x", self.x), kw.get("y", self.y))
p = Point(1, 2)
q = Point(10, 20)
print(p, q, p + q, p + (5,) if False else "", p._replace(y=9), tuple(p), list(q))
x, y = p
print(x, y, p[0], p[-1], len(p), p == (1, 2), hash(p) == hash((1, 2)))
try:
    p.x = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.z = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    print(p + (3, 4))
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]), max(Point(0, 9), Point(1, 0)))
print({Point(1, 2): "p"}[(1, 2)], (1, 2) in {p}, type(p[:1]).__name__, isinstance(p, tuple))
class Pair(tuple):
    def __new__(cls, *args):
        print("Pair.__new__", args)
        return super().__new__(cls, args)
    def __init__(self, *args):
        print("Pair.__init__", args)
r = Pair(3, 4)
print(r, type(r).__name__, r.__class__.__bases__)
print(type(Point.x).__name__, Point.__slots__, hasattr(p, "__dict__"))
