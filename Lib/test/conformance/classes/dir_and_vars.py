# dir() of classes and instances (sorted, includes inherited), vars(), and __dir__ overrides.
class Base:
    base_attr = 1
    def base_method(self):
        pass
class Child(Base):
    child_attr = 2
    def __init__(self):
        self.inst_attr = 3
c = Child()
public = lambda names: [n for n in names if not n.startswith("__")]
print(public(dir(Child)), public(dir(c)), dir(c) == sorted(dir(c)))
print(vars(c), sorted(public(vars(Child))), type(vars(Child)).__name__)
print("__init__" in dir(c), "__class__" in dir(c), "__dict__" in dir(Child), "mro" in dir(Child), "mro" in dir(type))
class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "alpha", "mid"]
print(dir(Custom()))
class BadDir:
    def __dir__(self):
        return 5
try:
    dir(BadDir())
except TypeError as e:
    print(type(e).__name__, e)
class Slots:
    __slots__ = ("a",)
try:
    vars(Slots())
except TypeError as e:
    print(type(e).__name__, e)
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
def f():
    local_a = 1
    local_b = 2
    return sorted(vars()), sorted(dir())
print(f())
print(public(dir(int))[:10], len(public(dir(str))) > 40, public(dir([]))[:5])
print(sorted(set(dir(object))) == dir(object), dir(object)[:3])
class WithGetattr:
    def __getattr__(self, n):
        return 1
print(public(dir(WithGetattr())))
c.__dict__["added"] = 4
print(vars(c), c.added)
vars(c)["another"] = 5
print(c.another)
class Meta(type):
    meta_attr = 1
class UsesMeta(metaclass=Meta):
    own = 2
print("meta_attr" in dir(UsesMeta), "own" in dir(UsesMeta), UsesMeta.meta_attr, hasattr(UsesMeta(), "meta_attr"))
import sys
m = type(sys)("fake_module")
m.x = 1
print(public(dir(m)), m.__name__, sorted(vars(m)))
