# int() from strings in various bases, with whitespace, underscores, signs and prefixes.
cases = [
    ("42", 10), (" -17 ", 10), ("+8", 10), ("1_000_000", 10), ("ff", 16), ("FF", 16),
    ("0xff", 16), ("0xff", 0), ("0o777", 0), ("0b1011", 0), ("777", 8), ("z", 36), ("Zz", 36),
    ("10", 2), ("-0b101", 0), ("0", 0), ("00", 0), ("0_0", 0), ("1_0", 0), ("\t\n12\r ", 10),
    ("١٢٣", 10), ("0x_1f", 0), ("0B_1", 0),
]
for s, base in cases:
    print(repr(s), base, "->", int(s, base))

bad = [
    ("", 10), ("  ", 10), ("1__0", 10), ("_1", 10), ("1_", 10), ("012", 0), ("0x", 16), ("12a", 10),
    ("9", 8), ("2", 2), ("0b2", 0), ("1.5", 10), ("+-1", 10), ("0x1g", 16), ("-", 10), ("1 2", 10),
]
for s, base in bad:
    try:
        print(int(s, base))
    except ValueError as e:
        print(type(e).__name__, e)

for base in (1, 37, -1, 100):
    try:
        int("1", base)
    except ValueError as e:
        print("base", base, type(e).__name__, e)

for args in [(1.5, 10), (12, 0), (b"12",), (bytearray(b" 7 "),), (b"z", 36)]:
    try:
        print(args, int(*args))
    except TypeError as e:
        print(type(e).__name__, e)

print(int(), int(3.99), int(-3.99), int(True), int("  -0  "), int(-0.0))
print(int(1e20), int(2.5e-3), int(-1e30))
for v in (float("inf"), float("-inf"), float("nan")):
    try:
        int(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
for v in (None, [1], "1e5", object.__new__(object).__class__):
    try:
        int(v)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
