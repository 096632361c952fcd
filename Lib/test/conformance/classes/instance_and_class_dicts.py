# Instance __dict__ vs class __dict__ (mappingproxy), attribute deletion fallback, and __dict__ replacement.
class C:
    shared = "class value"
    def method(self):
        return "method"
c = C()
print(c.__dict__, "shared" in C.__dict__, type(C.__dict__).__name__, c.shared)
c.shared = "instance value"
print(c.shared, C.shared, c.__dict__)
del c.shared
print(c.shared)
try:
    del c.shared
except AttributeError as e:
    print(type(e).__name__, e)
try:
    C.__dict__["new"] = 1
except TypeError as e:
    print(type(e).__name__, e)
C.new = "added to class"
print(c.new, "new" in C.__dict__)
c.__dict__ = {"replaced": True}
print(c.replaced, vars(c), c.shared)
try:
    c.__dict__ = 5
except TypeError as e:
    print(type(e).__name__, e)
c.__dict__["method"] = lambda: "shadowing function in instance dict"
print(c.method(), C.method(c))
del C.new
print(hasattr(c, "new"))
class WithSlotsAndDict:
    __slots__ = ("a", "__dict__")
w = WithSlotsAndDict()
w.a = 1
w.b = 2
print(w.__dict__, w.a)
d1 = C()
d2 = C()
d1.x = 1
print(hasattr(d2, "x"), sorted(vars(d1)), vars(d2))
mp = C.__dict__
print(mp["shared"], mp.get("missing", "dflt"), "method" in mp, len([k for k in mp if not k.startswith("__")]))
print(sorted(k for k in mp.keys() if not k.startswith("__")), type(mp.copy()).__name__)
try:
    mp.pop("shared")
except AttributeError as e:
    print(type(e).__name__, e)
class Dyn:
    pass
for i in range(3):
    setattr(Dyn, f"attr{i}", i * i)
print([getattr(Dyn, f"attr{i}") for i in range(3)], sorted(k for k in vars(Dyn) if k.startswith("attr")))
obj = Dyn()
obj.__dict__.update(a=1, b=2)
print(obj.a, obj.b, list(vars(obj)))
obj.__dict__.clear()
print(vars(obj), obj.attr2)
