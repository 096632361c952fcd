# Class patterns: __match_args__, keyword sub-patterns, builtin self-matching types, and errors.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
def where(p):
    match p:
        case Point3(0, 0, 0):
            return "3d origin"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point3(x, y, z=z) if z < 0:
            return f"below plane {x},{y},{z}"
        case Point(x, y):
            return f"somewhere {x},{y}"
        case _:
            return "not a point"
for p in [Point(0, 0), Point3(0, 0, 0), Point(0, 5), Point(3, 0), Point3(1, 2, -3), Point3(1, 2, 3), Point(7, 8), (0, 0)]:
    print(where(p))
for v in [5, 5.0, True, "s", b"b", [1], (1,), {1: 2}, {1}, frozenset({1}), bytearray(b"x"), None, 2**70]:
    match v:
        case bool(b):
            out = f"bool {b}"
        case int(i):
            out = f"int {i}"
        case float(f):
            out = f"float {f}"
        case str(s) | bytes(s):
            out = f"str/bytes {s!r}"
        case list([x]) | tuple((x,)):
            out = f"1-seq {x}"
        case dict() | set() | frozenset():
            out = f"container {type(v).__name__}"
        case _:
            out = f"other {v!r}"
    print(repr(v), "->", out)
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print(type(e).__name__, e)
class BadArgs:
    __match_args__ = ["x"]
try:
    match BadArgs():
        case BadArgs(1):
            pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    match 5:
        case int(1, 2):
            pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    match Point(1, 2):
        case Point(1, x=1):
            pass
except TypeError as e:
    print(type(e).__name__, e)
not_a_class = 5
try:
    match 1:
        case not_a_class():
            pass
except TypeError as e:
    print(type(e).__name__, e)
match Point(1, 2):
    case Point(missing=1):
        print("never")
    case object(x=1):
        print("object() pattern with attribute keyword")
