# dict subclasses: __missing__ is used by [] only; overridden __getitem__ is not used by get/update/**.
class Counter0(dict):
    def __missing__(self, key):
        print("missing", key)
        return 0
c = Counter0()
for ch in "abca":
    c[ch] = c[ch] + 1
print(c, c.get("zz"), "zz" in c, c.get("a"))
class Loud(dict):
    def __getitem__(self, k):
        print("Loud.__getitem__", k)
        return dict.__getitem__(self, k) * 100
    def __setitem__(self, k, v):
        print("Loud.__setitem__", k, v)
        dict.__setitem__(self, k, v)
    def keys(self):
        print("Loud.keys")
        return dict.keys(self)
l = Loud(a=1)
l["b"] = 2
print(l["a"], l.get("a"), dict(l), {**l}, l.copy())
l.update(c=3)
l.setdefault("d", 4)
print(dict.__repr__(l), len(l))
n = {}
n.update(l)
print(n)
def f(**kw):
    return kw
print(f(**l))
class Dflt(dict):
    def __init__(self, factory):
        super().__init__()
        self.factory = factory
    def __missing__(self, key):
        v = self[key] = self.factory()
        return v
dd = Dflt(list)
dd["x"].append(1)
dd["x"].append(2)
dd["y"].append(3)
print(dd, dd.factory.__name__)
class NoMissing(dict):
    pass
try:
    NoMissing()["q"]
except KeyError as e:
    print(type(e).__name__, e)
class BadMissing(dict):
    def __missing__(self, key):
        raise LookupError(f"no {key}")
try:
    BadMissing()["q"]
except LookupError as e:
    print(type(e).__name__, e)
class Attr(dict):
    __getattr__ = dict.__getitem__
a = Attr(x=5)
print(a.x, a["x"], isinstance(a, dict), type(a).__mro__)
try:
    a.nope
except KeyError as e:
    print(type(e).__name__, e)
