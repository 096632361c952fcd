# float.hex / fromhex / as_integer_ratio / is_integer / conjugate.
vals = [0.0, -0.0, 1.0, 0.5, 0.1, -2.75, 1e300, 5e-324, 2.2250738585072014e-308, 3.0, 1 / 3, 1024.0, 1e-5]
for v in vals:
    h = v.hex()
    print(repr(v), h, float.fromhex(h) == v, v.as_integer_ratio(), v.is_integer())
for s in ["0x1p0", "0x1.8p1", "-0x1.fffffffffffffp+1023", "0x0.0000000000001p-1022", "0X1P-2", "  0x10  ",
          "inf", "-Infinity", "nan", "0x1.123456789abcdef0p0", "0x.8", "0x1.", "1", "0xAp2", "0x1p-1074", "0x1p-1075", "0x3p-1076"]:
    print(repr(s), repr(float.fromhex(s)))
for s in ["0x1p1024", "0x2p1023"]:
    try:
        float.fromhex(s)
    except OverflowError as e:
        print(type(e).__name__, e)
for s in ["", "0x", "1p", "0xg", "0x1p", "x1"]:
    try:
        float.fromhex(s)
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
print((2.5).conjugate(), (2.5).real, (2.5).imag, float.__name__, (3.75).__trunc__(), (-3.75).__trunc__())
print((3.7).__floor__(), (-3.2).__floor__(), (3.2).__ceil__(), (-3.7).__ceil__())
print(float.fromhex.__self__ is float)
class F(float):
    pass
f = F.fromhex("0x1.8p0")
print(type(f).__name__, f, type(F(2.5) + 1).__name__, F(2.5).as_integer_ratio())
n, d = (0.1).as_integer_ratio()
print(n, d, n / d == 0.1, d.bit_length())
print((123.456).hex(), (-0.1).hex(), (2.0**-1074).hex(), (2.0 ** 1023).hex())
