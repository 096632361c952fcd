# Augmented assignment uses __iadd__ etc. if present, else falls back to the binary operator.
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        print("__add__")
        return OnlyAdd(self.v + other)
class InPlace:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, other):
        print("__iadd__")
        self.v += other
        return self
    def __add__(self, other):
        print("__add__ (not used)")
        return NotImplemented
class IaddNotImpl:
    def __iadd__(self, other):
        print("__iadd__ -> NotImplemented")
        return NotImplemented
    def __add__(self, other):
        print("__add__ fallback")
        return "added"
class ReturnsOther:
    def __imul__(self, other):
        return "something else"
a = OnlyAdd(1)
ref = a
a += 5
print(a.v, ref.v, a is ref)
b = InPlace(1)
ref = b
b += 5
print(b.v, ref is b)
c = IaddNotImpl()
c += 1
print(c)
r = ReturnsOther()
r *= 2
print(r)
x = 7
for op, val in [("+=", 3), ("-=", 10), ("*=", -2), ("//=", 4), ("%=", 5), ("**=", 3), ("<<=", 2), (">>=", 1), ("&=", 6), ("|=", 9), ("^=", 5)]:
    ns = {"x": x}
    exec(f"x {op} {val}", ns)
    x = ns["x"]
    print(op, val, "->", x)
f = 7.5
f /= 2
f //= 1
f %= 2
print(f)
s = "ab"
s *= 3
s += "!"
print(s)
t = (1,)
t += (2,)
print(t)
try:
    t += [3]
except TypeError as e:
    print(type(e).__name__, e)
class Rev:
    def __radd__(self, other):
        return f"radd({other})"
z = 5
z += Rev()
print(z)
try:
    n = None
    n += 1
except TypeError as e:
    print(type(e).__name__, e)
l = [[1], [2]]
l[0] += [10]
print(l)
class M:
    def __matmul__(self, o):
        return "matmul"
    def __imatmul__(self, o):
        return "imatmul"
m = M()
m @= 1
print(m, M() @ 2)
