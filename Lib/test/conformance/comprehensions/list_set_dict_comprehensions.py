# List, set and dict comprehensions with multiple for/if clauses, and evaluation order of keys/values.
print([x * y for x in range(1, 4) for y in range(x, 4) if (x + y) % 2 == 0])
print([x for x in range(20) if x % 2 if x % 3], [[x, y] for x in "ab" for y in "12"])
print(sorted({x % 4 for x in range(10)}), {c: ord(c) for c in "abc"}, {i: i * i for i in range(5) if i != 2})
def t(label, v):
    print("  eval", label)
    return v
print({t(f"key{i}", i): t(f"val{i}", i * 10) for i in range(2)})
print([t("elt", x) for x in t("iter", [1, 2]) if t("cond", x > 1)])
words = ["apple", "bob", "kayak", "level", "python", "noon"]
print([w for w in words if w == w[::-1]], {len(w) for w in words}, {w[0]: w for w in words})
print({k: v for k, v in [("a", 1), ("b", 2), ("a", 3)]}, [(i, j) for i in range(3) for j in range(i)])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i, row in enumerate(matrix)], [[r[c] for r in matrix] for c in range(3)], sum(v for r in matrix for v in r))
print([x if x % 2 else -x for x in range(6)], [(lambda v: v + 1)(x) for x in range(3)])
print([c for c in "Hello World" if c.isupper()], "".join(ch * 2 for ch in "abc"))
print({(x, y) for x in range(2) for y in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
print([y for x in [[1, [2, 3]], [4, [5]]] for y in x[1]], [[y for y in range(x)] for x in range(4)])
nested = {outer: {inner: outer * inner for inner in range(3)} for outer in range(2)}
print(nested)
print([i for i in range(5)][::-1], list(reversed([i * 2 for i in range(3)])))
print([*[x for x in "ab"], *{y for y in "c"}], {**{k: 0 for k in "xy"}, "z": 1})
counts = {}
[counts.__setitem__(ch, counts.get(ch, 0) + 1) for ch in "mississippi"]
print(counts)
print([n for n in range(2, 30) if all(n % d for d in range(2, n))])
print({v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()})
try:
    [1 / x for x in [1, 0]]
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    {[x]: 1 for x in range(1)}
except TypeError as e:
    print(type(e).__name__, e)
print([x for x in []], {x for x in ""}, {x: x for x in ()})
