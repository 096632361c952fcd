# Binary operators: forward method, NotImplemented, reflected method, and subclass-first priority.
class V:
    def __init__(self, *c):
        self.c = c
    def __repr__(self):
        return f"V{self.c}"
    def __add__(self, o):
        print(f"  {self!r}.__add__({o!r})")
        if isinstance(o, V):
            return V(*(a + b for a, b in zip(self.c, o.c)))
        if isinstance(o, (int, float)):
            return V(*(a + o for a in self.c))
        return NotImplemented
    def __radd__(self, o):
        print(f"  {self!r}.__radd__({o!r})")
        return self.__add__(o)
    def __mul__(self, k):
        if isinstance(k, int):
            return V(*(a * k for a in self.c))
        return NotImplemented
    __rmul__ = __mul__
    def __neg__(self):
        return V(*(-a for a in self.c))
    def __sub__(self, o):
        return self + (-o)
print(V(1, 2) + V(3, 4))
print(V(1, 2) + 10)
print(10 + V(1, 2))
print(sum([V(1, 1), V(2, 2)], V(0, 0)))
print(sum([V(1, 1), V(2, 2)]))
print(3 * V(1, 2), V(1, 2) * 3, V(5, 5) - V(1, 2))
try:
    V(1) + "s"
except TypeError as e:
    print(type(e).__name__, e)
try:
    V(1) * 1.5
except TypeError as e:
    print(type(e).__name__, e)
class Base:
    def __add__(self, o):
        print("  Base.__add__")
        return "Base.add"
    def __radd__(self, o):
        print("  Base.__radd__")
        return "Base.radd"
class Sub(Base):
    def __radd__(self, o):
        print("  Sub.__radd__")
        return "Sub.radd"
class SubNoOverride(Base):
    pass
print(Base() + Sub())
print(Base() + SubNoOverride())
print(Sub() + Base())
class Both:
    def __add__(self, o):
        return NotImplemented
    def __radd__(self, o):
        return NotImplemented
try:
    Both() + Both()
except TypeError as e:
    print(type(e).__name__, e)
ops = ["__sub__", "__truediv__", "__floordiv__", "__mod__", "__pow__", "__lshift__", "__rshift__", "__and__", "__or__", "__xor__", "__matmul__"]
class Log:
    pass
for name in ops:
    setattr(Log, name, lambda self, o, n=name: n)
    setattr(Log, "__r" + name[2:], lambda self, o, n=name: "r" + n[2:])
l = Log()
print(l - 1, l / 1, l // 1, l % 1, l ** 1, l << 1, l >> 1, l & 1, l | 1, l ^ 1, l @ 1)
print(1 - l, 1 / l, 1 // l, 1 % l, 1 ** l, 1 << l, 1 >> l, 1 & l, 1 | l, 1 ^ l, 1 @ l)
print(divmod(7, 2), pow(2, 3))
class DM:
    def __divmod__(self, o):
        return ("divmod", o)
    def __rdivmod__(self, o):
        return ("rdivmod", o)
print(divmod(DM(), 3), divmod(3, DM()))
class Unary:
    def __pos__(self): return "pos"
    def __neg__(self): return "neg"
    def __invert__(self): return "invert"
    def __abs__(self): return "abs"
print(+Unary(), -Unary(), ~Unary(), abs(Unary()))
try:
    -Log()
except TypeError as e:
    print(type(e).__name__, e)
