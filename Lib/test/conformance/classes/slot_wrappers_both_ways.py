# Special-method slots in both directions: Python methods fill type slots, builtin slots appear as methods.
print(type(int.__add__).__name__, type((1).__add__).__name__, type(list.__dict__["append"]).__name__, type([].append).__name__)
print(type(object.__dict__["__init__"]).__name__, type(dict.__dict__["fromkeys"]).__name__, type(str.__dict__["__new__"]).__name__)
print(int.__add__(2, 3), (2).__add__(3), int.__dict__["__add__"].__get__(2)(3), list.__len__([1, 2]), str.__getitem__("ab", 1))
print(int.__add__.__name__, int.__add__.__qualname__, int.__add__.__objclass__.__name__, repr((1).__add__)[:27])
try:
    int.__add__("a", 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list.append((), 1)
except TypeError as e:
    print(type(e).__name__, e)
class Vec:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f"Vec({self.x})"
try:
    Vec(1) + Vec(2)
except TypeError as e:
    print("before:", type(e).__name__, e)
Vec.__add__ = lambda self, o: Vec(self.x + o.x)
print("after adding __add__:", Vec(1) + Vec(2))
Vec.__len__ = lambda self: self.x
print(len(Vec(4)), bool(Vec(0)))
del Vec.__len__
try:
    len(Vec(4))
except TypeError as e:
    print("after deleting __len__:", type(e).__name__, e)
Vec.__getitem__ = lambda self, i: self.x * i
print(Vec(3)[4], list(Vec(0).__class__.__dict__.keys())[-1])
Vec.__iter__ = None
try:
    iter(Vec(1))
except TypeError as e:
    print(type(e).__name__, e)
class MyInt(int):
    pass
print(MyInt(2) + 3, type(MyInt(2) + 3).__name__)
MyInt.__add__ = lambda self, o: "patched add"
print(MyInt(2) + 3, 3 + MyInt(2), sum([MyInt(1)], 0) if False else MyInt(1) + MyInt(1))
MyInt.__radd__ = lambda self, o: "patched radd"
print(3 + MyInt(2))
class Base:
    def __eq__(self, o):
        return "base eq"
class Child(Base):
    pass
print(Child() == 1)
Base.__eq__ = lambda self, o: "changed on base"
print(Child() == 1)
Child.__eq__ = lambda self, o: "child override"
print(Child() == 1, Base() == 1)
class Callable:
    pass
Callable.__call__ = lambda self, *a: ("called", a)
print(Callable()(1, 2), callable(Callable()))
print(object.__getattribute__(Vec(9), "x"), object.__setattr__ is not None, type.__call__(Vec, 7))
class Meta(type):
    pass
Meta.__len__ = lambda cls: 99
class WithMeta(metaclass=Meta):
    pass
print(len(WithMeta))
