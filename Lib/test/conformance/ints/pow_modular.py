# ** and pow(): negative exponents, 3-argument pow with negative exponent (modular inverse).
print(2 ** 10, 2 ** -1, 2 ** -2, (-2) ** -3, 0 ** 0, 0.0 ** 0, 10 ** -5)
print(type(2 ** -1).__name__, type(2 ** 2).__name__, (-8) ** (1 / 3))
print(-2 ** 2, (-2) ** 2, 2 ** 3 ** 2, (2 ** 3) ** 2)
print(pow(2, 10, 1000), pow(3, 200, 10**9 + 7), pow(-3, 3, 7), pow(3, 3, -7), pow(5, 0, 1), pow(0, 0, 3))
print(pow(3, -1, 7), pow(38, -1, 97), pow(2, -3, 11), pow(10**20, -1, 10**9 + 9))
for args in [(2, -1, 4), (0, -1, 5), (2, 3, 0), (2.0, 3, 5), (2, 3.0, 5), (2, -1, 1)]:
    try:
        print(args, pow(*args))
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__, e)
for a, b in [(0, -1), (0.0, -1), (0, -1.5)]:
    try:
        print(a ** b)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
print(repr((-1) ** 0.5))
print((-8) ** 0.5 == complex(0, 8 ** 0.5), abs((-1) ** 0.5 - 1j) < 1e-15)
print(2.0 ** 0.5, 2 ** 0.5, 10.0 ** 308, 1.5 ** 2)
try:
    print(10.0 ** 309)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(2 ** 10000 * 1.0)
except OverflowError as e:
    print(type(e).__name__, e)
print(pow(2, 100), pow(2, 100, 2**64 + 13), pow(-1, 10**20), pow(-1, 10**20 + 1))
print(1 ** float("inf"), float("inf") ** 0, float("nan") ** 0, 1 ** float("nan"))
print(pow(base=2, exp=5), pow(2, 5, mod=3))
class P:
    def __pow__(self, other, mod=None):
        return ("pow", other, mod)
    def __rpow__(self, other, mod=None):
        return ("rpow", other, mod)
print(P() ** 2, 2 ** P(), pow(P(), 2, 5))
try:
    pow(2, P(), 5)
except TypeError as e:
    print(type(e).__name__, e)
