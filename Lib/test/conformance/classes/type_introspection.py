# type(), isinstance/issubclass with tuples and unions, __instancecheck__/__subclasscheck__, __subclasses__.
class A: pass
class B(A): pass
class C: pass
b = B()
print(type(b) is B, type(b).__name__, isinstance(b, A), isinstance(b, (C, A)), isinstance(b, (C, (int, B))))
print(issubclass(B, A), issubclass(B, B), issubclass(A, B), issubclass(B, (C, A)), issubclass(bool, int | str))
print(isinstance(1, int | str), isinstance(None, type(None)), isinstance(int, type), isinstance(type, type))
for bad in [lambda: isinstance(1, 1), lambda: issubclass(1, int), lambda: issubclass(int, 1), lambda: isinstance(1, (int, 1))]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
print(isinstance(1, (str, int, 1)))
class Meta(type):
    def __instancecheck__(cls, inst):
        print("instancecheck", type(inst).__name__)
        return isinstance(inst, int) and inst > 10
    def __subclasscheck__(cls, sub):
        print("subclasscheck", sub.__name__)
        return sub is float
class Big(metaclass=Meta):
    pass
print(isinstance(50, Big), isinstance(5, Big), isinstance(Big(), Big), issubclass(float, Big), issubclass(int, Big))
print(sorted(c.__name__ for c in A.__subclasses__()), B.__bases__, B.__base__.__name__, A.__bases__)
print(type(A).__name__, type(None).__name__, type(type(None)).__name__, type(...).__name__, type(NotImplemented).__name__)
print(B.__name__, B.__qualname__, B.__module__, B.__dict__.__class__.__name__, "__dict__" in A.__dict__)
try:
    B.__dict__["x"] = 1
except TypeError as e:
    print(type(e).__name__, e)
B.__name__ = "Renamed"
print(B, B.__name__, b.__class__.__name__)
try:
    B.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
class X: pass
class Y: pass
x = X()
x.__class__ = Y
print(type(x).__name__, isinstance(x, Y))
try:
    x.__class__ = int
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1).__class__ = bool
except TypeError as e:
    print(type(e).__name__, e)
T = type("T", (A,), {"attr": 1, "__module__": "fake.mod"})
print(T.__name__, T.__module__, T.attr, T.__bases__[0].__name__, repr(T))
print(type.__call__(int, "5"), type(int.__dict__).__name__, str(int), repr(type), str(type(print)))
print(object.__subclasshook__() if False else "", issubclass(object, object), isinstance(object(), object))
print(A.__mro__, A.__class__, A.__init__ is object.__init__, hasattr(A, "__weakref__"))
