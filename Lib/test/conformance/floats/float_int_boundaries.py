# Conversions between float and int at the 2**53 boundary and beyond; correct rounding of int -> float.
for k in range(50, 56):
    n = 2 ** k
    print(k, float(n) == n, float(n + 1) == n + 1, int(float(n + 1)), float(n + 1) - n)
for n in [2**53 + 1, 2**53 + 3, 2**54 + 2, 2**54 + 6, 2**60 + 2**7, 2**60 + 2**7 + 1, 2**64 - 1, 10**23, 10**23 + 1]:
    f = float(n)
    print(n, repr(f), int(f), int(f) - n)
print(int(1e300) == 10**300, int(1e300) % 10**10, int(1e22), int(1e23), int(9.999999999999999e22))
print(int(0.9999999999999999), int(-0.9999999999999999), int(1.0000000000000002e100) // 10**80)
print(float(2**1023 * 2 - 1) if False else float(2**1023), float(-(2**1023)), 2.0 ** 1023 == 2**1023)
print((2**53 + 1) / 1, (2**53 + 1) * 1.0, (2**53 + 1) + 0.0, 2**53 + 1.0, 2**53 + 1 == 2**53 + 1.0)
print(1e16 == 10**16, 1e16 + 1 == 10**16 + 1, 0.1 == 1 / 10, 0.1 * 10 == 1, 3 * 0.1 == 0.3)
print(round(2**60 + 0.0) == 2**60, round(1e20), round(1.5e20, -19), type(round(1e20)).__name__)
print(int(-0.0), float(-0), -0.0 == -0, str(float(0)), str(-float(0)))
print((7).__truediv__(2), (7).__float__(), float.__int__(7.9), float.__trunc__(-7.9), float.__round__(7.5), float.__round__(8.5))
print(float(True) + 1, 1.0 + True, True / 2, 10 // 3.0, 10 % 3.0, divmod(10, 3.0), -10 // 3.0, -10 % 3.0)
big = 10**400
for op in ("==", "<", ">"):
    print(op, eval(f"big {op} 1e308"), eval(f"-big {op} -1e308"), eval(f"big {op} float('inf')"))
try:
    float(big)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    big / 3
except OverflowError as e:
    print(type(e).__name__, e)
print(big // 3 % 1000, (big + 0.0 if False else big) > 1e308, big * 0.0 if False else "")
try:
    big * 0.0
except OverflowError as e:
    print(type(e).__name__, e)
