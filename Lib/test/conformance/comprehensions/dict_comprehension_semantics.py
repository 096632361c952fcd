# Dict comprehensions: duplicate keys keep the last value but the first position; key evaluated before value.
print({k % 3: k for k in range(10)})
print({c.lower(): i for i, c in enumerate("AbBaC")})
order = []
def key(k):
    order.append(f"key{k}")
    return k
def val(v):
    order.append(f"val{v}")
    return v * v
d = {key(i): val(i) for i in range(3)}
print(d, order)
print({(x, y): x * y for x in range(3) for y in range(3) if x <= y})
print({k: v for k, v in zip("abc", range(3)) if v != 1}, {v: k for k, v in {"a": 1, "b": 1}.items()})
words = "the quick brown fox jumps over the lazy dog the end".split()
freq = {w: words.count(w) for w in words}
print(freq, list(freq)[-1])
inverted = {}
for w, n in freq.items():
    inverted.setdefault(n, []).append(w)
print(inverted)
print({i: {j: i * j for j in range(i)} for i in range(4)})
print({str(k): [v] * k for k, v in enumerate("xyz", 1)})
print(dict((k, v) for k, v in [("a", 1), ("a", 2)]), {k: v for k, v in [("a", 1), ("a", 2)]})
try:
    {k: v for k, v in ["ab", "c"]}
except ValueError as e:
    print(type(e).__name__, e)
try:
    {[k]: 0 for k in range(1)}
except TypeError as e:
    print(type(e).__name__, e)
nested = {"a": {"x": 1, "y": 2}, "b": {"x": 3}}
flat = {f"{o}.{i}": v for o, inner in nested.items() for i, v in inner.items()}
print(flat)
print({1: "int", 1.0: "float", True: "bool"} == {k: v for k, v in [(1, "int"), (1.0, "float"), (True, "bool")]})
print({k: v for k, v in {1: "int"}.items()} | {True: "bool"})
print(sorted({x for x in range(-3, 4)}, key=abs), {abs(x) for x in range(-3, 4)} == {0, 1, 2, 3})
