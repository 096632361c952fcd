# abs/divmod/round/pow on every numeric type, including bool and huge values.
for v in (0, -0, 5, -5, True, False, -2**100, 0.0, -0.0, -1.5, float("-inf"), 3 + 4j, -1j, complex(-0.0, -0.0)):
    r = abs(v)
    print(repr(v), "->", repr(r), type(r).__name__)
print(abs(float("nan")), abs(complex(float("inf"), float("nan"))), abs(complex(3e200, 4e200)))
try:
    abs(complex(1e308, 1e308))
except OverflowError as e:
    print(type(e).__name__, e)
for a, b in [(7, 3), (-7, 3), (7, -3), (7.5, 2), (-7.5, 2), (True, 2), (2**100, 3**40), (-(2**100), 7), (1, 0.3)]:
    print(a, b, divmod(a, b), a // b, a % b)
try:
    divmod(1 + 1j, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    divmod("a", 1)
except TypeError as e:
    print(type(e).__name__, e)
print(pow(2, 0.5), pow(-8, 1 / 3), pow(2, -2), pow(2.0, 2), pow(True, 3), pow(3, 2, True) if False else pow(3, 2, 2))
print(pow(1j, 2), pow(2, 1j) == 2 ** 1j, pow(0, 0), pow(0.0, 0), pow(-2, 3, 5), pow(-2, 2**70, 10**9))
try:
    pow(1j, 2, 3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2.5, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
print(round(2.5), round(-2.5), round(3.14159, 3), round(-0.5), round(0.5000001), round(True), round(2**100 + 0.0) == 2**100)
class N:
    def __abs__(self):
        return "custom abs"
print(abs(N()))
print(max(-0.0, 0.0), min(0.0, -0.0), sorted([0.0, -0.0]), -0.0 in [0.0], [0.0].index(-0.0))
print(int.__abs__(-3), float.__abs__(-2.5), complex.__abs__(3 - 4j), bool.__abs__(True), type(abs(True)).__name__)
print(divmod(10**40, 10**20 + 1), divmod(-(10**40), 10**20 + 1), divmod(1e300, 1e-300) if False else "")
print(divmod(0.0, 1), divmod(-0.0, 1), divmod(5, -0.5), divmod(float("inf"), 1), divmod(1, float("inf")), divmod(-1, float("inf")))
