# The same slices applied to list, tuple, str, bytes and range must select the same elements.
base = list(range(10))
seqs = {"list": base, "tuple": tuple(base), "str": "0123456789", "bytes": bytes(range(48, 58)), "range": range(10),
        "bytearray": bytearray(range(48, 58))}
def norm(x):
    if isinstance(x, (str, bytes, bytearray)):
        return [int(chr(c)) if isinstance(c, int) else int(c) for c in x]
    return list(x)
bounds = [None, 0, 1, 3, -1, -3, 9, 10, 15, -15]
steps = [None, 1, 2, 3, -1, -2, -4]
mismatches = 0
count = 0
lines = []
for start in bounds:
    for stop in bounds:
        for step in steps:
            s = slice(start, stop, step)
            results = {name: norm(seq[s]) for name, seq in seqs.items()}
            ref = results["list"]
            count += 1
            if any(r != ref for r in results.values()):
                mismatches += 1
            if (start, stop) in ((None, None), (3, -1), (-1, 0), (15, -15), (1, 9)):
                lines.append(f"{start!s:>5}:{stop!s:>5}:{step!s:>4} -> {ref} {s.indices(10)}")
print("\n".join(lines))
print("checked", count, "slices, mismatches:", mismatches)
print(type(seqs["range"][2:5]).__name__, seqs["range"][2:5], seqs["range"][::-3], seqs["str"][::-3], seqs["bytes"][-3:])
assign = list(range(10))
assign[::3] = "abcd"
print(assign)
assign[8:2:-2] = [None] * 3
print(assign)
del assign[::4]
print(assign)
ba = bytearray(b"0123456789")
ba[1::4] = b"XYZ"
del ba[::-3]
print(ba)
