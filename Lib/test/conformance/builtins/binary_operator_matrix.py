# Every arithmetic binary operator applied to every pair from a set of builtin values: result or exact error.
values = [0, 7, -3, True, 2.5, -0.0, 1j, "ab", b"x", [1], (2,), {3}, {"k": 4}, None, range(2)]
ops = ["+", "-", "*", "/", "//", "%", "**", "@"]
for op in ops:
    print("operator", op)
    for a in values:
        cells = []
        for b in values:
            try:
                r = eval(f"a {op} b")
                cells.append(repr(r))
            except Exception as e:
                cells.append(f"{type(e).__name__}: {e}")
        print(f"  {a!r}:")
        for b, cell in zip(values, cells):
            print(f"    {b!r:>10} -> {cell}")
print("in-place operators keep identity for mutable left operands:")
for left, right in [([1], [2]), ([1], (2,)), ({1}, {2}), ({"a": 1}, {"b": 2}), (bytearray(b"a"), b"b"), ((1,), (2,)), ("s", "t")]:
    before = left
    for op in ("+=", "|=", "*="):
        ns = {"x": left, "y": right if op != "*=" else 2}
        try:
            exec(f"x {op} y", ns)
            print(f"  {before!r} {op} {ns['y']!r} -> {ns['x']!r} same object: {ns['x'] is before}")
        except TypeError as e:
            print(f"  {before!r} {op} {ns['y']!r} -> TypeError: {e}")
