# __index__ for slicing/bin/hex/operator contexts, __call__, and __len__ validation.
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        print("  __index__", self.v)
        return self.v
l = list(range(10))
print(l[Idx(2)], l[Idx(1):Idx(4)], "abc"[Idx(-1)], bin(Idx(5)), hex(Idx(255)), oct(Idx(8)))
print(range(Idx(3)), [0] * Idx(2), "ab" * Idx(2), bytes(Idx(2)), int.__index__(7))
print(int(Idx(9)) if hasattr(Idx, "__int__") else int(Idx(9)), round(2.5, Idx(0)) if False else "", chr(Idx(65)))
class BadIndex:
    def __index__(self):
        return "no"
try:
    [1][BadIndex()]
except TypeError as e:
    print(type(e).__name__, e)
try:
    idx = 1.5
    [1][idx]
except TypeError as e:
    print(type(e).__name__, e)
class Fn:
    def __init__(self):
        self.calls = 0
    def __call__(self, *args, **kw):
        self.calls += 1
        return f"call#{self.calls} args={args} kw={sorted(kw.items())}"
f = Fn()
print(f(), f(1, x=2), callable(f), callable(Fn), callable(5), callable(print), callable(lambda: 0))
try:
    five = 5
    five()
except TypeError as e:
    print(type(e).__name__, e)
try:
    s = "s"
    s()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Fn()()()
except TypeError as e:
    print(type(e).__name__, e)
class Len:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(len(Len(3)), bool(Len(0)), bool(Len(2)))
for bad in (-1, 2**63, 1.5, "3", Idx(4)):
    try:
        print(len(Len(bad)))
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
try:
    len(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(Fn())
except TypeError as e:
    print(type(e).__name__, e)
import sys
print(len(range(2**40)), sys.maxsize == 2**63 - 1)
try:
    len(range(2**64))
except OverflowError as e:
    print(type(e).__name__, e)
