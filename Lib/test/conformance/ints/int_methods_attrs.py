# Methods and attributes of int, including round() with negative ndigits.
for n in (0, 7, -7, 10**20, -(2**65)):
    print(n.real, n.imag, n.numerator, n.denominator, n.conjugate(), n.as_integer_ratio())
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(15, -1), round(25, -1))
print(round(5, 0), round(5), round(-5, 3), round(10**30 + 5 * 10**9, -10))
print(type(round(5, -1)).__name__, (17).__round__(-1), (17).__trunc__(), (17).__floor__(), (17).__ceil__())
print((255).__index__(), (6).__abs__(), (-6).__neg__(), (6).__invert__(), (6).__pos__())
print((7).__add__(1), (7).__radd__(2), (7).__add__(1.0), (7).__sub__("x"), (7).__truediv__(2))
print((7).__eq__(7.0), (7).__lt__(8.5), (7).__mod__(-3), (7).__rfloordiv__(50), (3).__rpow__(2))
print(int.__name__, int.__qualname__, int.__mro__, int.__base__)
print((5).__sizeof__() > 0, (5).__format__("03"), (5).__bool__(), (0).__bool__())
print(int.bit_length(1023), int.__add__(2, 3), int.from_bytes.__name__)
print((3).is_integer() if hasattr(3, "is_integer") else "no is_integer")

class Sub(int):
    def __repr__(self):
        return f"Sub({int(self)})"
s = Sub(41)
print(s, repr(s), s + 1, type(s + 1).__name__, type(-s).__name__, type(+s).__name__, type(abs(s)).__name__)
print(s == 41, hash(s) == hash(41), Sub("ff", 16), isinstance(s, int), int(s).__class__.__name__)
print(type(s.real).__name__, type(s.numerator).__name__, type(round(s)).__name__)
print(type(int.__new__(Sub, 3)).__name__, int.__new__(Sub, 3))
try:
    int.__new__(str, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    (5).foo
except AttributeError as e:
    print(type(e).__name__, e)
try:
    (5).real = 3
except AttributeError as e:
    print(type(e).__name__, e)
