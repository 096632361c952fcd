# Implicit special method lookup goes to the type, not the instance.
class C:
    def __len__(self):
        return 1
    def __repr__(self):
        return "C-type-repr"
c = C()
c.__len__ = lambda: 99
c.__repr__ = lambda: "instance repr"
print(len(c), c.__len__(), repr(c), c.__repr__())
class D:
    pass
d = D()
d.__iter__ = lambda: iter([1])
try:
    iter(d)
except TypeError as e:
    print(type(e).__name__, e)
d.__call__ = lambda: "called"
try:
    d()
except TypeError as e:
    print(type(e).__name__, e)
D.__call__ = lambda self: "type call"
print(d(), callable(d))
d.__add__ = lambda o: "inst add"
try:
    d + 1
except TypeError as e:
    print(type(e).__name__, e)
D.__add__ = lambda self, o: "type add"
print(d + 1)
class G:
    def __getattr__(self, name):
        return lambda *a: f"getattr-{name}"
g = G()
print(g.__len__())
try:
    len(g)
except TypeError as e:
    print(type(e).__name__, e)
class GA:
    def __getattribute__(self, name):
        print("getattribute", name)
        return object.__getattribute__(self, name)
    def __len__(self):
        return 3
print(len(GA()))
class Bool:
    pass
b = Bool()
b.__bool__ = lambda: False
print(bool(b))
Bool.__bool__ = lambda self: False
print(bool(b))
Bool.__bool__ = None
try:
    bool(b)
except TypeError as e:
    print(type(e).__name__, e)
class Hashy:
    pass
Hashy.__hash__ = lambda self: 12345
print(hash(Hashy()))
class Str:
    pass
s = Str()
Str.__str__ = lambda self: "patched str"
print(str(s), f"{s}", "%s" % s)
class Ent:
    pass
Ent.__enter__ = lambda self: "entered"
Ent.__exit__ = lambda self, *a: print("exited", a)
with Ent() as v:
    print(v)
class NoneIter:
    __iter__ = None
try:
    iter(NoneIter())
except TypeError as e:
    print(type(e).__name__, e)
