# __int__, __float__, __complex__, __index__, __trunc__, __floor__, __ceil__, __round__ and their misuse.
class Num:
    def __init__(self, v):
        self.v = v
    def __int__(self):
        print("  __int__")
        return int(self.v)
    def __float__(self):
        print("  __float__")
        return float(self.v)
    def __complex__(self):
        print("  __complex__")
        return complex(self.v, 1)
    def __round__(self, n=None):
        return ("round", n)
    def __trunc__(self):
        return "trunc"
    def __floor__(self):
        return "floor"
    def __ceil__(self):
        return "ceil"
n = Num(3.7)
print(int(n), float(n), complex(n), round(n), round(n, 1))
class OnlyIndex:
    def __index__(self):
        return 5
print(int(OnlyIndex()), float(OnlyIndex()), complex(OnlyIndex()), bin(OnlyIndex()))
class BadInt:
    def __int__(self):
        return "x"
try:
    int(BadInt())
except TypeError as e:
    print(type(e).__name__, e)
class BadFloat:
    def __float__(self):
        return 1
try:
    float(BadFloat())
except TypeError as e:
    print(type(e).__name__, e)
class IntSub(int):
    pass
print(int(IntSub(7)), type(int(IntSub(7))).__name__, float(IntSub(2)), int("12", base=OnlyIndex()) if False else "")
try:
    int("12", OnlyIndex())
    print(int("12", OnlyIndex()))
except TypeError as e:
    print(type(e).__name__, e)
for v in (Num(1), OnlyIndex(), object()):
    try:
        print(abs(v))
    except TypeError as e:
        print(type(e).__name__, e)
print(divmod(7, OnlyIndex()) if False else "", [1, 2, 3, 4, 5, 6][OnlyIndex()], pow(2, OnlyIndex()) if False else "")
try:
    2 ** OnlyIndex()
except TypeError as e:
    print(type(e).__name__, e)
