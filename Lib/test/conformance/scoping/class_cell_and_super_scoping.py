# The implicit __class__ cell: created when a method uses super() or __class__, shared by all methods.
class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B>" + super().who()
    def cls(self):
        return __class__
    def nested(self):
        def inner():
            return __class__.__name__
        return inner()
    def lam(self):
        return (lambda: super(B, self).who())()
print(B().who(), B().cls().__name__, B().nested(), B().lam())
print("__class__" in B.who.__code__.co_freevars, "__class__" in A.who.__code__.co_freevars, B.cls.__closure__[0].cell_contents is B)
class C(B):
    pass
print(C().cls() is B, C().who())
def make():
    class Local(A):
        def who(self):
            return "Local>" + super().who()
    return Local
L = make()
print(L().who(), L.__qualname__)
class Outer:
    class Inner(A):
        def who(self):
            return "Inner>" + super().who()
    def use(self):
        return self.Inner().who()
print(Outer().use(), Outer.Inner.__qualname__)
class HasClassVar:
    __class__ = "shadowed attribute"
    def method(self):
        return __class__
print(HasClassVar().method().__name__ if isinstance(HasClassVar().method(), type) else HasClassVar().method())
class CMeta(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        return cls
class WithMeta(A, metaclass=CMeta):
    def who(self):
        return "WithMeta>" + super().who()
print(WithMeta().who())
class StaticUse:
    @staticmethod
    def s():
        return __class__.__name__
    @classmethod
    def c(cls):
        return super().__repr__.__name__ if False else __class__.__name__
print(StaticUse.s(), StaticUse.c())
def outside(self):
    return __class__
try:
    print(outside(None))
except NameError as e:
    print(type(e).__name__, e)
class Reassigned(A):
    def who(self):
        return super().who()
Reassigned2 = Reassigned
class Reassigned(A):
    pass
print(Reassigned2().who())
