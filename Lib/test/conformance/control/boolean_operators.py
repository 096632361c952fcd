# and/or return operands, not bools; __bool__ and __len__ decide truthiness; not always returns bool.
def t(v):
    print("eval", repr(v))
    return v
print(t(0) or t("") or t([]) or t("last"))
print(t(1) and t("x") and t(None) and t("never"))
print(t(0) and t("skip"))
print(t("first") or t("skip"))
print(not t([]), not t([0]), type(not 1).__name__)
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("bool", self.v)
        return self.v
    def __repr__(self):
        return f"B({self.v})"
print(B(False) or B(True))
print(B(True) and B(False))
print(not B(True))
class L:
    def __len__(self):
        print("len called")
        return 0
print(bool(L()), L() or "fallback")
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
class NegLen:
    def __len__(self):
        return -1
try:
    bool(NegLen())
except ValueError as e:
    print(type(e).__name__, e)
class HugeLen:
    def __len__(self):
        return 2**70
try:
    bool(HugeLen())
except OverflowError as e:
    print(type(e).__name__, e)
class Both:
    def __bool__(self):
        print("bool wins")
        return True
    def __len__(self):
        print("len loses")
        return 0
print(bool(Both()))
class NoneBool:
    __bool__ = None
try:
    bool(NoneBool())
except TypeError as e:
    print(type(e).__name__, e)
x = 5
print(x > 3 and "big" or "small", x < 3 and "big" or "small", 0 or 0.0 or 0j or None)
print([] or {} or set() or (), [1] and {} , 1 and 2 and 3, 1 or 1 / 0)
if B(True) and not B(False):
    print("if took both")
while B(False):
    pass
print(B(True) if B(False) else B(True))
print(all(B(v) for v in [True, False, True]), any(B(v) for v in [False, True, False]))
