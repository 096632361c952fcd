# Comparison and bitwise operators over pairs of builtin values: result or exact error message.
values = [0, 5, -2, True, 1.5, float("nan"), 2j, "a", "b", b"a", [1], [1, 2], (1,), {1}, {1, 2}, frozenset({1}), {"k": 1}, None]
ops = ["<", "<=", "==", "!=", ">", ">=", "&", "|", "^", "<<", ">>"]
for a in values:
    print(f"{a!r}:")
    for b in values:
        cells = []
        for op in ops:
            try:
                r = eval(f"a {op} b")
                cells.append(repr(r) if not isinstance(r, (set, frozenset)) else f"{type(r).__name__}{sorted(r)}")
            except Exception as e:
                cells.append(f"{type(e).__name__}")
        print(f"  {b!r:>16} | " + " ".join(cells))
errors = set()
for a in values:
    for b in values:
        for op in ("<", "&", "<<"):
            try:
                eval(f"a {op} b")
            except Exception as e:
                errors.add(f"{type(e).__name__}: {e}")
for line in sorted(errors):
    print(line)
