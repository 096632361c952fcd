# float() parsing from strings, numbers and objects with __float__/__index__.
for s in ["1", " 2.5 ", "-3e2", "+.5", "5.", "1_000.5", "1e-5", "INF", "-inFinity", "nan", "-NaN", "+nan",
          "1E400", "-1e400", "1e-400", "0x10" if False else "10", "\u0661.\u0662", "1_0e1_0", "\t1.25\n", "000.5"]:
    print(repr(s), repr(float(s)))
for s in ["", " ", "1.5.2", "1__0", "_1", "1_", "e5", "1e", "0x10", "infinit", "nana", "1,5", "1 5", "--1", "1e5.0"]:
    try:
        float(s)
    except ValueError as e:
        print(type(e).__name__, e)
print(float(), float(3), float(-0), float(True), float(2**60), float(b"1.5"), float(bytearray(b" 2 ")))
class A:
    def __float__(self):
        return 4.25
class B:
    def __index__(self):
        return 7
class C:
    def __float__(self):
        return 1
class D(float):
    pass
print(float(A()), float(B()), float(D(1.5)), type(float(D(1.5))).__name__)
try:
    float(C())
except TypeError as e:
    print(type(e).__name__, e)
for bad in (None, [], 1j, object):
    try:
        float(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(float("1" * 400) == 1.1111111111111111e399, float("0." + "0" * 400 + "1"), float("9" * 20))
print(float("179769313486231580793728971405301e276"), float("2.4703282292062328e-324"), float("2.4703282292062327e-324"))
print(D("3.5"), type(D("3.5")).__name__, D() == 0.0)
