# repr/str of floats use the shortest round-tripping digits; exponent switch at 1e16 and 1e-4.
vals = [0.0, -0.0, 1.0, -1.5, 0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e15, 1e16, 1e17, 123456789012345678.0,
        9999999999999998.0, 1e-4, 1e-5, 0.0001234, 0.00001234, 1e22, 1e23, 5e-324, 2.2250738585072014e-308,
        1.7976931348623157e308, 3.141592653589793, 2.718281828459045, 100.0, 1e100, 1.5e-7, 12345.678,
        float(2**53), float(2**53 + 2), 0.30000000000000004, 4.35, 1.1 * 1.1, 1e-323, 9.999999999999999e22]
for v in vals:
    print(repr(v), str(v), v.__repr__() == repr(v))
print([0.1, -0.0, 1e16], (1e-7,), {1.5: 2.5})
print(float("inf"), float("-inf"), float("nan"), -float("nan"), repr(float("infinity")))
print(1e309, -1e309, 1e-400, -1e-400)
print(sum([0.1] * 10), 0.1 * 10, 1 - 0.9, 3 * 1.1, 1.15 * 100, 0.57 * 100)
x = 1.0
for i in range(8):
    x /= 7
    print(x, end=" ")
print()
x = 1.0
for i in range(12):
    x *= 13.7
print(x, x * 1e290, -x * 1e-320)
print(str(1.0e15 + 0.3), repr(12345678.9 * 10), 2.5e-5 * 4, 1.0e16 - 1)
print(float(12345678901234567890), float(-2**63), float(10**22), float(10**23))
print(f"{0.1}", f"{1e16}", f"{1e16!r}", "%s %r" % (1e-5, 0.5))
print(repr(123e-310), repr(4.9e-324), repr(4.9e-324 / 2), repr(-4.9e-324 / 2))
