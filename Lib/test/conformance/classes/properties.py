# property getter/setter/deleter, read-only errors, docstrings, and property subclassing.
class Temp:
    def __init__(self):
        self._c = 0.0
    @property
    def celsius(self):
        "Temperature in Celsius"
        print("get celsius")
        return self._c
    @celsius.setter
    def celsius(self, v):
        print("set celsius", v)
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("del celsius")
        self._c = None
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit, Temp.celsius.__doc__)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
del t.celsius
print(t._c)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del t.fahrenheit
except AttributeError as e:
    print(type(e).__name__, e)
t.__dict__["fahrenheit"] = "instance dict ignored"
print(t.__dict__["fahrenheit"], type(Temp.fahrenheit).__name__)
t._c = 10
print(t.fahrenheit)
def getx(self):
    return "x via property()"
X = type("X", (), {"x": property(getx, None, None, "the x")})
print(X().x, X.x.__doc__, X.x.fget is getx, X.x.fset, X.x.fdel)
class Raises:
    @property
    def bad(self):
        raise AttributeError("inner attribute error")
    def __getattr__(self, name):
        return f"__getattr__({name})"
print(Raises().bad)
class Cached(property):
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = super().__get__(obj, objtype)
        return f"cached<{value}>"
class UseCached:
    @Cached
    def val(self):
        return 7
print(UseCached().val, type(UseCached.val).__name__)
p = property()
try:
    p.__get__(Temp())
except AttributeError as e:
    print(type(e).__name__, e)
class Base:
    @property
    def v(self):
        return "base"
class Derived(Base):
    @Base.v.setter
    def v(self, val):
        print("derived setter", val)
d = Derived()
d.v = 3
print(d.v, Base.v is not Derived.v)
class NoDoc:
    @property
    def undocumented(self):
        return 1
print(NoDoc.undocumented.__doc__)
