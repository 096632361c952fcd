# Data descriptors beat instance __dict__, which beats non-data descriptors and class attributes.
class Data:
    def __get__(self, obj, owner):
        return f"Data.__get__(obj={'inst' if obj is not None else None}, owner={owner.__name__})"
    def __set__(self, obj, value):
        print("Data.__set__", value)
        obj.__dict__["d"] = value
class NonData:
    def __get__(self, obj, owner):
        return "NonData.__get__"
class SetOnly:
    def __set__(self, obj, value):
        print("SetOnly.__set__", value)
class C:
    d = Data()
    n = NonData()
    s = SetOnly()
    plain = "class plain"
c = C()
print(c.d, C.d)
c.d = 5
print(c.d, c.__dict__)
print(c.n)
c.n = "instance value"
print(c.n, C.n)
c.__dict__["s"] = "in dict"
print(c.s)
c.s = 1
print(type(C.s).__name__, c.__dict__["s"])
c.plain = "instance plain"
print(c.plain, C.plain)
del c.plain
print(c.plain)
class DelDesc:
    def __get__(self, obj, owner):
        return "got"
    def __delete__(self, obj):
        print("DelDesc.__delete__")
class H:
    x = DelDesc()
h = H()
del h.x
try:
    h.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
class Meta(type):
    attr = Data()
class WithMeta(metaclass=Meta):
    attr = "class dict value"
print(WithMeta.attr)
class Meta2(type):
    other = NonData()
class WithMeta2(metaclass=Meta2):
    other = "class dict wins over non-data on metaclass"
print(WithMeta2.other)
class Method:
    def f(self):
        return "method"
m = Method()
m.f = lambda: "instance function"
print(m.f(), Method.f(m))
def plain_func(self):
    return "bound plain"
print(plain_func.__get__(m)(), plain_func.__get__(None, Method) is plain_func)
print(type(C.__dict__["d"]).__name__, C.__dict__["plain"], "d" in vars(C))
class Counter:
    calls = 0
    def __get__(self, obj, owner=None):
        Counter.calls += 1
        return Counter.calls
class UsesCounter:
    v = Counter()
u = UsesCounter()
print(u.v, u.v, UsesCounter.v, getattr(u, "v"))
