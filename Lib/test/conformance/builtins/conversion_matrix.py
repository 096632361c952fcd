# Builtin constructors (int, float, complex, str, bytes, list, tuple, dict, bool, set) applied to many values.
values = [0, -7, 2**70, True, 2.5, -0.0, float("inf"), 1 + 2j, "", "42", " -3 ", "1e3", "abc", "0x1f", b"", b"12", bytearray(b"ab"),
          [], [1, 2], [("a", 1)], (), (3,), {"k": 1}, {2}, range(3), None, "é"]
ctors = [int, float, complex, str, bytes, list, tuple, dict, bool, set, frozenset, repr, ascii, len]
def show(v):
    if isinstance(v, (set, frozenset)):
        return f"{type(v).__name__}({sorted(v, key=repr)})"
    return repr(v)
for v in values:
    print(f"{v!r}:")
    for ctor in ctors:
        try:
            out = show(ctor(v))
        except Exception as e:
            out = f"{type(e).__name__}: {e}"
        print(f"  {ctor.__name__:>9}: {out}")
print("int() with bases:")
for s in ["ff", "FF", "0xff", "z", "10", "-0b11", "  0o7 ", "1_1", "0"]:
    row = []
    for base in (0, 2, 8, 10, 16, 36):
        try:
            row.append(str(int(s, base)))
        except ValueError:
            row.append("-")
    print(f"  {s!r:>8}: " + " ".join(row))
print("float() of special strings:")
for s in ["nan", "-NAN", "inf", "+Infinity", "  1_0.5 ", "1e-400", "0x1p3", ".5e1", "5."]:
    try:
        print(f"  {s!r}: {float(s)!r}")
    except ValueError as e:
        print(f"  {s!r}: ValueError: {e}")
