# type(name, bases, dict): created classes, methods, __qualname__, __module__, and validation.
def init(self, v):
    self.v = v
Point = type("Point", (), {"__init__": init, "double": lambda self: self.v * 2, "kind": "dynamic"})
p = Point(21)
print(p.double(), p.kind, Point.__name__, Point.__qualname__, Point.__bases__, type(Point).__name__)
Sub = type("Sub", (Point,), {"__qualname__": "Outer.Sub", "extra": True})
print(Sub.__qualname__, Sub.__name__, Sub(1).double(), Sub.extra, Sub.__mro__[1].__name__)
Empty = type("Empty", (object,), {})
print(Empty.__bases__, Empty().__class__.__name__, Empty.__doc__)
Documented = type("Documented", (), {"__doc__": "the doc", "__slots__": ("a",)})
d = Documented()
d.a = 1
print(Documented.__doc__, d.a, hasattr(d, "__dict__"))
for args in [("X", (5,), {}), ("X", (), []), (5, (), {}), ("X", (int, str), {}), ("X\x00", (), {}), ("X", (bool,), {})]:
    try:
        t = type(*args)
        print("created", t.__name__)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    type("X", (), {"__qualname__": 5})
except TypeError as e:
    print(type(e).__name__, e)
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["made_by"] = mcls.__name__
        return super().__new__(mcls, name, bases, ns)
M = Meta("M", (), {})
print(M.made_by, type(M).__name__)
N = type("N", (M,), {})
print(type(N).__name__, N.made_by)
print(type("T", (), {"__module__": "custom.module"}).__module__, Point.__module__)
ns = {"counter": 0}
def incr(self):
    type(self).counter += 1
    return type(self).counter
ns["incr"] = incr
Counter = type("Counter", (), ns)
ns["counter"] = 100
c = Counter()
print(c.incr(), c.incr(), ns["counter"], Counter.__dict__["counter"])
print(type.__name__, type.__qualname__, type(type).__name__, type.__base__.__name__)
print(type.__prepare__("X", ()), type(type.__prepare__("X", ())).__name__)
