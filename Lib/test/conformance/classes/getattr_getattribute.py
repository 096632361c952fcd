# __getattribute__ runs for every lookup; __getattr__ only when normal lookup raises AttributeError.
class Tracked:
    cls_attr = "class"
    def __init__(self):
        self.inst = "instance"
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("getattribute", name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        print("getattr fallback", name)
        if name == "computed":
            return 42
        raise AttributeError(f"{type(self).__name__} has no {name!r}")
    def method(self):
        return "method"
t = Tracked()
print(t.inst, t.cls_attr, t.method(), t.computed)
try:
    t.missing
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(t, "missing", "default"), hasattr(t, "missing"), hasattr(t, "computed"))
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
    def __getattr__(self, name):
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        print("proxy set", name, value)
        setattr(self._target, name, value)
    def __delattr__(self, name):
        print("proxy del", name)
        delattr(self._target, name)
class Target:
    x = 1
tgt = Target()
px = Proxy(tgt)
px.y = 2
print(px.x, px.y, tgt.y, "y" in px.__dict__)
del px.y
print(hasattr(tgt, "y"))
print(len(Proxy([1, 2, 3]).__class__.__name__))
try:
    len(Proxy([1, 2]))
except TypeError as e:
    print(type(e).__name__, e)
class Loud:
    def __getattr__(self, name):
        return f"dyn-{name}"
lo = Loud()
print(lo.anything, lo.__class__.__name__, getattr(lo, "x y"))
try:
    lo.__len__
    print("dunder via __getattr__:", lo.__len__)
except AttributeError as e:
    print(type(e).__name__, e)
class RaiseOther:
    def __getattr__(self, name):
        raise KeyError(name)
try:
    getattr(RaiseOther(), "zz", "dflt")
except KeyError as e:
    print("KeyError propagates past getattr default:", e)
try:
    hasattr(RaiseOther(), "zz")
except KeyError as e:
    print("hasattr propagates KeyError:", e)
class NoAttr:
    pass
for call in [lambda: NoAttr().x, lambda: NoAttr.x, lambda: (1).x, lambda: "s".x, lambda: None.x, lambda: int.x]:
    try:
        call()
    except AttributeError as e:
        print(type(e).__name__, e)
try:
    getattr(NoAttr(), 5)
except TypeError as e:
    print(type(e).__name__, e)
o = NoAttr()
setattr(o, "with space", 1)
print(getattr(o, "with space"), vars(o))
try:
    object().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    setattr(int, "x", 1)
except TypeError as e:
    print(type(e).__name__, e)
