# round() uses round-half-to-even on exact binary values; round(x) gives int, round(x, n) gives float.
for v in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 4.5000000001, 1e16 + 1, 2**52 + 0.5):
    print(repr(v), round(v), type(round(v)).__name__, repr(round(v, 0)))
for v, n in [(2.675, 2), (2.665, 2), (1.005, 2), (0.125, 2), (0.375, 2), (-0.125, 2), (1234.5678, -2),
             (1250.0, -2), (1350.0, -2), (5e-324, 300), (1.5, 400), (1e300, -300), (123.456, 1), (0.05, 1),
             (0.15, 1), (0.25, 1), (0.35, 1), (-0.0, 1), (1.23456789e-5, 8), (9.995, 2), (1e22, -22), (5e22, -23)]:
    print(repr(v), n, repr(round(v, n)))
print(round(7, 1), type(round(7, 1)).__name__, round(7.0, None), type(round(7.0, None)).__name__)
print(round(123456789, -4), round(-123456789, -4), round(12345, -5), round(50000, -5), round(150000, -5))
print(round(True), round(True, 3), round(2**70 + 0.0))
class R:
    def __round__(self, n=None):
        return ("rounded", n)
print(round(R()), round(R(), 3), round(R(), n=None) if False else "")
for bad in ("1.5", [1], None):
    try:
        round(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    round(1.5, 1.0)
except TypeError as e:
    print(type(e).__name__, e)
print(round(0.5 + 1e-16), round(-1.5000000000000002), round(1e-300, 299), round(1.2345e308, -305))
try:
    round(1.7976931348623157e308, -308)
except OverflowError as e:
    print(type(e).__name__, e)
print(f"{2.5:.0f} {3.5:.0f} {0.125:.2f} {0.375:.2f} {2.675:.2f} {1e16+2:.0f}")
print("%.0f %.1f %.2f" % (0.5, 0.25, 1.005), format(1.5, ".0f"), format(2.5, ".0f"))
