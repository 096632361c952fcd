# Comprehension edge cases: iteration over mutated sources, class-body restrictions, and closures.
src = [1, 2, 3]
out = [src.append(x) or x for x in src[:]]
print(out, src)
try:
    s = {1, 2}
    {s.add(x + 10) for x in s}
except RuntimeError as e:
    print(type(e).__name__, e)
d = {"a": 1}
try:
    {d.setdefault(k + k, 0) for k in d}
except RuntimeError as e:
    print(type(e).__name__, e)
class A:
    xs = [1, 2, 3]
    ys = [x * 2 for x in xs]
    pairs = [(x, y) for x in xs for y in [0]]
    try:
        zs = [x + len(xs) for x in range(2)]
    except NameError as e:
        zs = str(e)
print(A.ys, A.pairs, A.zs)
funcs = [lambda: x for x in range(3)]
print([f() for f in funcs])
funcs = [(lambda x: lambda: x)(x) for x in range(3)]
print([f() for f in funcs])
print([[i for i in range(j)] for j in range(3)])
i = "outer i"
print([i for i in "ab"], i)
print([(i, [i for i in "xy"]) for i in range(2)])
g = [(yield_value := v) for v in range(3)]
print(g, yield_value)
print([x for x in range(10) if x > 2 if x < 6 if x != 4])
print(list(x for x in range(3)), list((x for x in range(3))))
print([x for x in (1, 2, 3) for x in (x * 10,)])
print([(a, b) for a in range(3) if a for b in range(a) if b])
def outer():
    v = 5
    return [v * k for k in range(3)]
print(outer())
def uses_nonlocal():
    total = 0
    def add_all(vals):
        nonlocal total
        total = sum([total + v for v in vals])
        return total
    return add_all([1, 2])
print(uses_nonlocal())
large = [x for x in range(100000) if x % 9999 == 0]
print(large, len([0 for _ in range(50000)]))
print(sorted(k for k in {"b": 1, "a": 2}), {k for k in "abc"} >= {"a"}, dict.fromkeys(c for c in "aba"))
