# __slots__ restrict instance attributes, create member descriptors, and interact with inheritance.
class P:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x
p = P(1)
print(p.x, hasattr(p, "__dict__"), type(P.x).__name__, P.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.y
except AttributeError as e:
    print(type(e).__name__, e)
p.y = 2
del p.y
try:
    del p.y
except AttributeError as e:
    print(type(e).__name__, e)
class Child(P):
    pass
c = Child(5)
c.anything = "ok"
print(c.anything, c.__dict__, c.x)
class SlotChild(P):
    __slots__ = ("w",)
sc = SlotChild(1)
sc.w = 2
print(sc.x, sc.w, hasattr(sc, "__dict__"))
class WithDict:
    __slots__ = ("a", "__dict__")
wd = WithDict()
wd.a = 1
wd.b = 2
print(wd.a, wd.__dict__)
class StrSlot:
    __slots__ = "single"
s = StrSlot()
s.single = 1
print(s.single, StrSlot.__slots__)
try:
    class Conflict:
        __slots__ = ("v",)
        v = 5
except ValueError as e:
    print(type(e).__name__, e)
try:
    class Bad:
        __slots__ = ("1abc",)
except TypeError as e:
    print(type(e).__name__, e)
try:
    class IntSlots(int):
        __slots__ = ("extra",)
except TypeError as e:
    print(type(e).__name__, e)
class Weak:
    __slots__ = ()
try:
    Weak().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
class Mangled:
    __slots__ = ("__private",)
    def __init__(self):
        self.__private = "hidden"
    def get(self):
        return self.__private
print(Mangled().get(), sorted(k for k in Mangled.__dict__ if "private" in k))
class DictSlot:
    __slots__ = {"k": "doc for k"}
print(DictSlot.k.__doc__, type(DictSlot.__slots__).__name__)
class A1:
    __slots__ = ("a",)
class B1:
    __slots__ = ("b",)
try:
    class AB(A1, B1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
