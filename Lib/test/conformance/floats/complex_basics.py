# complex numbers: construction, repr, arithmetic, comparisons and errors.
vals = [1j, 1 + 2j, -1j, 0j, -0j, complex(-0.0, -0.0), complex(1.5, -0.0), complex(0, -0.0), 3 - 4j, 1e20j,
        complex("1+2j"), complex(" (3-4j) "), complex("j"), complex("-J"), complex("1e3"), complex("inf+nanj"),
        complex(2), complex(1.5, 2), complex(1j, 1j), complex("-1.5e-3-2.5e+3j")]
for v in vals:
    print(repr(v), str(v), v.real, v.imag)
a, b = 3 + 4j, 1 - 2j
print(a + b, a - b, a * b, a / b, -a, +a, abs(a), a.conjugate(), a ** 2, a ** 0.5, 2 ** a)
print(a == 3 + 4j, a != b, a == complex(3, 4), 3 == 3 + 0j, 3.0 == complex(3), (1 + 0j) in {1})
print(a * 2, 2 * a, a / 2, a + 1.5, 1.5 - a, a ** -1, (0j) ** 0, 1j ** 2, 1j * 1j)
for op in ("<", ">=", "//", "%"):
    try:
        eval(f"a {op} b")
    except TypeError as e:
        print(op, type(e).__name__, e)
for s in ["", "1+", "1+2", "j1", "1 + 2j", "(1+2j", "1jj", "nanj+1"]:
    try:
        print(complex(s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
for args in [("1", 2), (1, "2"), (None,), ([],)]:
    try:
        complex(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    (1 + 1j) / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    0j ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    int(1j)
except TypeError as e:
    print(type(e).__name__, e)
print(f"{a}", f"{a:.2f}", f"{a:>20}", f"{complex(1.5, -2):g}", format(1j, ""), "%s" % (1 - 1j,))
class C(complex):
    pass
c = C(1, 2)
print(type(c).__name__, c, type(c + 1).__name__, repr(complex(c)))
class Z:
    def __complex__(self):
        return 5j
print(complex(Z()), (1 + 2j).__reduce__() if False else "", bool(0j), bool(-0j + 1e-300j))
